import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

/**
 * A throwaway copy of the project to build with other content. Code and content are copied
 * (Vite follows links to their real place, outside the copy); packages are linked.
 */
export function copyProject(prefix = 'study-copy-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const name of ['content', 'src', 'public']) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(PROJECT_ROOT, name), join(root, name));
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}
