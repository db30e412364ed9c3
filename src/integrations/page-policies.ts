import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { narrowPolicy } from '../lib/page-policy.ts';

/** Each built page's content security policy narrowed to its own inline code (src/lib/page-policy.ts), before anything reads the pages. */
export function pagePolicies(): AstroIntegration {
  return {
    name: 'study-site:page-policies',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
        await Promise.all(pages.map(async (file) => writeFile(join(outDir, file), narrowPolicy(await readFile(join(outDir, file), 'utf8')))));
      },
    },
  };
}
