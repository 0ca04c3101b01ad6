import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as ts from 'typescript';

/**
 * The architecture rules dependency-cruiser cannot see (it follows files, not names); see .dependency-cruiser.cjs
 * for the import rules. A table or entity belongs to the top-level folder of server/src its entity file is in.
 * Test code is not checked: it builds fixtures across features.
 */
const SRC = path.resolve(__dirname, '../src');
const DATA_SOURCE_ALLOWED = [/^database\//, /^common\/transaction\.ts$/];
const TEST_CODE = /(\.test\.ts|\.test-helpers\.ts)$/;
const ENTITY_FILE = /\.entit(y|ies)\.ts$/;
const SQL_TABLE = /\b(FROM|JOIN|INTO|UPDATE)\s+"?([a-z_][a-z0-9_]*)"?/gi;
const QUERY_BUILDER_TABLE_METHODS = /^(from|into|update|(inner|left)Join(AndSelect|AndMap\w+)?)$/;

interface SourceFile {
  /** Path relative to server/src, with forward slashes. */
  rel: string;
  /** Top-level folder, or '' for the composition root files (app.module.ts...). */
  folder: string;
  ast: ts.SourceFile;
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTs(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const files: SourceFile[] = listTs(SRC)
  .map((full) => path.relative(SRC, full).split(path.sep).join('/'))
  .filter((rel) => !TEST_CODE.test(rel))
  .map((rel) => ({
    rel,
    folder: rel.includes('/') ? rel.split('/')[0] : '',
    ast: ts.createSourceFile(rel, readFileSync(path.join(SRC, rel), 'utf8'), ts.ScriptTarget.ES2022, true),
  }));

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

function where(file: SourceFile, node: ts.Node): string {
  const { line } = file.ast.getLineAndCharacterOfPosition(node.getStart(file.ast));
  return `server/src/${file.rel}:${line + 1}`;
}

function decoratorCall(node: ts.Node, name: string): ts.CallExpression | undefined {
  for (const decorator of ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []) {
    const call = decorator.expression;
    if (ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === name) return call;
  }
  return undefined;
}

/** Entity class name -> owning folder, and table -> owning folder, from the @Entity('table') of every entity file. */
const entityOwner = new Map<string, string>();
const tableOwner = new Map<string, string>();
for (const file of files.filter((candidate) => ENTITY_FILE.test(candidate.rel))) {
  walk(file.ast, (node) => {
    const entity = ts.isClassDeclaration(node) && node.name ? decoratorCall(node, 'Entity') : undefined;
    if (!entity) return;
    const [table] = entity.arguments;
    if (!table || !ts.isStringLiteral(table))
      throw new Error(`${where(file, node)}: name the table in @Entity('...') so the SQL rule knows it`);
    entityOwner.set((node as ts.ClassDeclaration).name?.text as string, file.folder);
    tableOwner.set(table.text, file.folder);
  });
}

/** Names imported into a file (local name -> name exported by the module), with the module specifier. */
function importsOf(file: SourceFile): Map<string, { imported: string; from: string }> {
  const imports = new Map<string, { imported: string; from: string }>();
  for (const statement of file.ast.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
    if (!ts.isNamedImports(statement.importClause.namedBindings)) continue;
    const from = (statement.moduleSpecifier as ts.StringLiteral).text;
    for (const element of statement.importClause.namedBindings.elements) {
      imports.set(element.name.text, { imported: (element.propertyName ?? element.name).text, from });
    }
  }
  return imports;
}

/** The folder a relative import lands in ('' for a root file), or undefined for a package. */
function folderOfImport(file: SourceFile, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.rel), specifier));
  if (target.startsWith('..')) return undefined;
  if (target.includes('/')) return target.split('/')[0];
  // '../users' is a folder's index; './app.module' a composition root file.
  return existsSync(path.join(SRC, target)) && statSync(path.join(SRC, target)).isDirectory() ? target : '';
}

function isTypeOnlyImport(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) {
    return (
      statement.isTypeOnly ||
      (!!statement.exportClause &&
        ts.isNamedExports(statement.exportClause) &&
        statement.exportClause.elements.every((element) => element.isTypeOnly))
    );
  }
  const clause = statement.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return (
    !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly)
  );
}

describe('architecture', () => {
  it('knows every entity and table', () => {
    expect(entityOwner.size).toBeGreaterThan(30);
    expect(tableOwner.size).toBe(entityOwner.size);
  });

  it(`uses TypeORM's DataSource only in database/ and common/transaction.ts`, () => {
    const violations: string[] = [];
    for (const file of files.filter((candidate) => !DATA_SOURCE_ALLOWED.some((allowed) => allowed.test(candidate.rel)))) {
      for (const [local, { imported, from }] of importsOf(file)) {
        if ((from === 'typeorm' && imported === 'DataSource') || (from === '@nestjs/typeorm' && imported === 'InjectDataSource')) {
          violations.push(`server/src/${file.rel}: imports ${imported}${local !== imported ? ` as ${local}` : ''} from '${from}'`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it("names no other feature's tables in SQL", () => {
    const violations: string[] = [];
    for (const file of files.filter((candidate) => candidate.folder !== 'database')) {
      walk(file.ast, (node) => {
        // Each piece of literal text with where it starts (template literals: the text between substitutions).
        let parts: Array<{ text: string; start: number }> = [];
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) parts = [{ text: node.text, start: node.getStart() + 1 }];
        else if (ts.isTemplateExpression(node)) {
          parts = [node.head, ...node.templateSpans.map((span) => span.literal)].map((part) => ({
            text: part.text,
            start: part.getStart() + 1,
          }));
        }
        const named = parts.flatMap((part) =>
          [...part.text.matchAll(SQL_TABLE)].map((match) => ({ table: match[2], at: part.start + (match.index ?? 0) })),
        );
        // createQueryBuilder().innerJoin('table', 'alias', ...) and the like.
        const call = node.parent;
        if (
          call !== undefined &&
          ts.isCallExpression(call) &&
          call.arguments[0] === node &&
          ts.isPropertyAccessExpression(call.expression) &&
          QUERY_BUILDER_TABLE_METHODS.test(call.expression.name.text) &&
          parts.length === 1
        ) {
          named.push({ table: parts[0].text, at: parts[0].start });
        }
        for (const { table, at } of named) {
          const owner = tableOwner.get(table);
          if (owner === undefined || owner === file.folder) continue;
          const { line } = file.ast.getLineAndCharacterOfPosition(at);
          violations.push(`server/src/${file.rel}:${line + 1}: names table ${table} (owned by ${owner})`);
        }
      });
    }
    expect(violations).toEqual([]);
  });

  it("registers and queries no other feature's entities (forFeature, repositories, the entity manager)", () => {
    const violations: string[] = [];
    for (const file of files.filter((candidate) => candidate.rel !== 'database/entities.ts')) {
      const imports = importsOf(file);
      const foreignEntity = (node: ts.Node): string | undefined => {
        if (!ts.isIdentifier(node)) return undefined;
        const imported = imports.get(node.text);
        const owner = imported && entityOwner.get(imported.imported);
        return owner !== undefined && owner !== file.folder ? `entity ${imported?.imported} (owned by ${owner})` : undefined;
      };
      walk(file.ast, (node) => {
        if (!ts.isCallExpression(node)) return;
        const callee = ts.isPropertyAccessExpression(node.expression) ? `.${node.expression.name.text}` : node.expression.getText(file.ast);
        // Decorators name classes as GraphQL types (@Resolver(ContentItem)); of them only @InjectRepository queries.
        if (ts.isDecorator(node.parent) && callee !== 'InjectRepository') return;
        const candidates = node.arguments.flatMap((argument) =>
          ts.isArrayLiteralExpression(argument) ? [...argument.elements] : [argument],
        );
        for (const candidate of candidates) {
          const entity = foreignEntity(candidate);
          if (entity) violations.push(`${where(file, node)}: ${callee}(...) uses ${entity}`);
        }
      });
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycles between folders (type-only imports do not count)', () => {
    const edges = new Map<string, Map<string, string>>();
    // database/entities.ts lists every entity for the DataSource: like app.module.ts, it composes, it is not depended on.
    for (const file of files.filter((candidate) => candidate.rel !== 'database/entities.ts')) {
      for (const statement of file.ast.statements) {
        if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
        if (isTypeOnlyImport(statement)) continue;
        const target = folderOfImport(file, (statement.moduleSpecifier as ts.StringLiteral).text);
        if (target === undefined || target === '' || file.folder === '' || target === file.folder) continue;
        const from = edges.get(file.folder) ?? new Map<string, string>();
        if (!from.has(target)) from.set(target, `server/src/${file.rel} -> ${(statement.moduleSpecifier as ts.StringLiteral).text}`);
        edges.set(file.folder, from);
      }
    }
    expect(cyclesOf(edges)).toEqual([]);
  });
});

/** Strongly connected components with more than one folder (Tarjan), each with one example import per edge. */
function cyclesOf(edges: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (folder: string): void => {
    index.set(folder, next);
    low.set(folder, next);
    next += 1;
    stack.push(folder);
    onStack.add(folder);
    for (const target of edges.get(folder)?.keys() ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(folder, Math.min(low.get(folder) as number, low.get(target) as number));
      } else if (onStack.has(target)) {
        low.set(folder, Math.min(low.get(folder) as number, index.get(target) as number));
      }
    }
    if (low.get(folder) === index.get(folder)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== folder);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const folder of [...edges.keys()].sort()) if (!index.has(folder)) visit(folder);
  return components.map((component) =>
    component.flatMap((from) =>
      [...(edges.get(from) ?? new Map<string, string>())]
        .filter(([to]) => component.includes(to))
        .map(([to, example]) => `${from} -> ${to} (${example})`),
    ),
  );
}
