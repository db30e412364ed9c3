import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built pages with Pagefind's Node API once Astro has written them,
 * as Starlight does, so `npm run build` alone produces a searchable site.
 * Only elements marked `data-pagefind-body` are indexed: the question pages, and the bank's list
 * on /bank/, whose questions (headings with ids) come back as sub-results, one each.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'study-site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          logger.info(`Pagefind indexed ${added.page_count} pages.`);
        } catch (error) {
          throw new Error(`Pagefind could not index the site: ${(error as Error).message}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
