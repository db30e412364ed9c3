import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDir } from './content-dir.ts';
import { PROJECT_ROOT } from './project-root.ts';

/** The caches a build keeps in node_modules (Astro's content store, Vite's), which a copy keeps for itself. */
const CACHES = new Set(['.astro', '.vite']);

/**
 * A throwaway copy of the project to build with other content: its content/ is a copy of `content`
 * (the project's own by default; the tests pass their seed site's). Code and content are copied
 * (Vite follows links to their real place, outside the copy); packages are linked one by one, so the
 * copy's caches are its own: the project's content store names the project's files, and two copies
 * may build at once.
 */
export function copyProject(prefix = 'study-copy-', content: string = contentDir()): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(content, join(root, 'content'), { recursive: true });
  for (const name of ['src', 'public']) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(PROJECT_ROOT, name), join(root, name));
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}
