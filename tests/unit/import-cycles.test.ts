import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCycles, importsOf } from '../../src/cli/import-cycles.ts';

// A module in a circle of imports cannot be read or changed alone: src/ has none.
describe('circles of imports', () => {
  const root = mkdtempSync(join(tmpdir(), 'cycles-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('none under src/', () => {
    expect(importCycles()).toEqual([]);
  });

  it('are found when they exist: type imports, dynamic imports and three modules round about', () => {
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a/room.ts'), "import type { Report } from '../report.ts';\nexport interface Asked { id: string }\n");
    writeFileSync(join(root, 'report.ts'), "import type { Asked } from './a/room.ts';\nexport interface Report { asked: Asked }\n");
    writeFileSync(join(root, 'one.ts'), "export const modules = { two: () => import('./two.ts') };\n");
    writeFileSync(join(root, 'two.ts'), "import { three } from './three.ts';\nexport const two = three;\n");
    writeFileSync(join(root, 'three.ts'), "import { modules } from './one.ts';\nimport url from './one.ts?worker&url';\nexport const three = [modules, url];\n");
    writeFileSync(join(root, 'alone.ts'), "import url from './one.ts?worker&url';\nexport default url;\n");
    const found = importCycles(root).map((cycle) => cycle.map((path) => path.split('/').slice(-2).join('/')));
    expect(found).toHaveLength(2);
    expect(found).toContainEqual([expect.stringMatching(/a\/room\.ts$/), expect.stringMatching(/report\.ts$/)]);
    expect(found.find((cycle) => cycle.length === 3)!.map((path) => path.split('/').pop()).sort()).toEqual(['one.ts', 'three.ts', 'two.ts']);
  });

  it('a build address (?worker&url) is not an import of its code', () => {
    expect(importsOf('/x/alone.ts', "import url from './one.ts?worker&url';\nimport { a } from './a.ts';")).toEqual(['/x/a.ts']);
  });
});
