import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root (the folder holding `migrations/` and the workspace package.json), found from
 * this file whether it runs as TypeScript source or as compiled JavaScript under dist/. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!(existsSync(path.join(dir, 'migrations')) && existsSync(path.join(dir, 'package-lock.json')))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No repository root above ${from}`);
    dir = parent;
  }
  return dir;
}
