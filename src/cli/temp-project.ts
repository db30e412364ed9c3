import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDir } from './content-dir.ts';
import { PROJECT_ROOT } from './project-root.ts';

/**
 * A throwaway copy of the project to build with other content: its content/ is a copy of `content`
 * (the project's own by default; the tests pass their seed site's). Code and content are copied
 * (Vite follows links to their real place, outside the copy); packages are linked.
 */
export function copyProject(prefix = 'study-copy-', content: string = contentDir()): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(content, join(root, 'content'), { recursive: true });
  for (const name of ['src', 'public']) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(PROJECT_ROOT, name), join(root, name));
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}
