import './zod-jitless';
import { config, z } from 'zod';

describe('zod-jitless', () => {
  it('reaches the configuration zod reads, so no parser is compiled with new Function', () => {
    expect(config().jitless).toBe(true);
    const compile = jest.spyOn(globalThis, 'Function');
    expect(z.object({ name: z.string() }).parse({ name: 'Asep' })).toEqual({ name: 'Asep' });
    expect(compile).not.toHaveBeenCalled();
    compile.mockRestore();
  });
});
