import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bankEntries } from '../lib/bank/read.ts';
import { KIND_LABELS } from '../lib/star.ts';
import { TOPICS, type Topic } from '../lib/topics.ts';

/** What search shows of a bank question, and where it leads: its entry on the coverage page. */
export const UNSEEN_LABEL = 'Unseen question';

/**
 * Indexes the built pages with Pagefind's Node API once Astro has written them,
 * as Starlight does, so `npm run build` alone produces a searchable site.
 * Only elements marked `data-pagefind-body` are indexed (the question pages), and the bank's
 * questions are added as records of their own (their text only), each leading to its entry on
 * the coverage page, after every story in a listing by topic.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'study-site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const bank = bankEntries(`${root}content/bank`) as { id: string; question: string; topics: Topic[]; kind: keyof typeof KIND_LABELS }[];
          for (const [position, { id, question, topics, kind }] of bank.entries()) {
            const record = await index.addCustomRecord({
              url: `${base}bank/#q-${id}`,
              content: question,
              language: 'en',
              meta: { title: question, type: UNSEEN_LABEL },
              filters: { topic: topics.map((topic) => TOPICS[topic]), kind: [KIND_LABELS[kind]] },
              sort: { order: String(1_000_000 + position) },
            });
            if (record.errors.length) throw new Error(record.errors.join('\n'));
          }
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          logger.info(`Pagefind indexed ${added.page_count} pages and ${bank.length} bank questions.`);
        } catch (error) {
          throw new Error(`Pagefind could not index the site: ${(error as Error).message}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
