import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

/**
 * What `npm run build` does, in `root` (the project or a copy of it): the content check, then
 * astro build with its Pagefind index and service worker, with `env` added (BASE_PATH, CONTENT_DIR…). Returns the wall time in seconds; throws with the output on failure.
 */
export function runBuild(root: string = PROJECT_ROOT, env: Record<string, string> = {}): number {
  const started = performance.now();
  for (const args of [[join(root, 'src/cli/check-content.ts')], [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root]]) {
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  }
  return (performance.now() - started) / 1000;
}
