import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as keys from '../../../src/lib/kept/keys.ts';
import { PROJECT_ROOT } from '../../../src/cli/project-root.ts';

const SRC = join(PROJECT_ROOT, 'src');
const REGISTRY = 'src/lib/kept/keys.ts';
const BEFORE_PAINT = 'src/scripts/before-paint.js';

/** Every file under src/, by its path from the project's root. */
const sources = () =>
  readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));

/** Where a stored name is written out: a `study:` key, or the database's name. */
const NAMED = new RegExp(`study:[a-z]|${keys.DB_NAME}`);

describe('the registry of stored keys', () => {
  it('is the one module under src/ that names a stored key or the database (the before-paint script aside)', () => {
    const files = sources();
    expect(files).toContain(REGISTRY);
    const naming = files.filter((file) => file !== REGISTRY && file !== BEFORE_PAINT && NAMED.test(readFileSync(join(PROJECT_ROOT, file), 'utf8')));
    expect(naming).toEqual([]);
  });

  it('agrees with the before-paint script, which cannot import it, on the theme’s and practice mode’s keys', () => {
    const script = readFileSync(join(PROJECT_ROOT, BEFORE_PAINT), 'utf8');
    expect([...script.matchAll(/getItem\("([^"]+)"\)/g)].map(([, key]) => key)).toEqual([keys.THEME_KEY, keys.PRACTICE_KEY]);
  });

  it('names each value once, and gives each versioned value a version from 1', () => {
    const names = Object.entries(keys).filter(([name]) => name.endsWith('_KEY')).map(([, key]) => key);
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(names.length);
    for (const [name, version] of Object.entries(keys).filter(([name]) => name.endsWith('_VERSION'))) {
      expect(Number.isInteger(version) && (version as number) >= 1, name).toBe(true);
      expect(keys, name).toHaveProperty(name.replace(/_VERSION$/, '_KEY'));
    }
    expect(Object.values(keys.PREFERENCE_KEYS)).toEqual([keys.THEME_KEY, keys.PRACTICE_KEY, keys.SHORTCUTS_KEY]);
  });
});
