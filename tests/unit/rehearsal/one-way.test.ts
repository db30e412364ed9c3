import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../../../src/cli/import-cycles.ts';
import { PROJECT_ROOT } from '../../../src/cli/project-root.ts';

// The rehearsal store and its records serve the Rehearse panel and the mock interview alike; the
// interview builds on them, never the other way round (its sessions live beside its own types).
describe('lib/rehearsal depends on no feature built on it', () => {
  it('imports nothing from lib/interview', () => {
    const folder = join(PROJECT_ROOT, 'src/lib/rehearsal');
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const imports = files.flatMap((name) => importsOf(join(folder, name)).map((target) => `${name} → ${relative(PROJECT_ROOT, target)}`));
    expect(imports.length).toBeGreaterThan(5);
    expect(imports.filter((line) => line.includes('src/lib/interview/'))).toEqual([]);
  });
});
