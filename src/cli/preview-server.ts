import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

/**
 * Serves the site built in `root` with `astro preview` on `port`; resolves with a function that stops it.
 * `--ignore-lock` lets it run beside a preview the reader already has open.
 */
export async function startPreview(port: number, root: string = PROJECT_ROOT): Promise<() => void> {
  const server = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--ignore-lock', '--root', root, '--port', String(port), '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return () => server.kill();
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`astro preview did not start on port ${port}`);
}
