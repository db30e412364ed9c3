// `npm run new -- "Title of the question"`: creates content/questions/<id>.mdx as a draft with
// every field and a comment on each, the next free order, and a STAR outline for the answer.
// It never overwrites a file.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter, splitFrontmatter } from '../lib/frontmatter.ts';
import { scaffoldEntry } from '../lib/scaffold.ts';
import { slugify } from '../lib/slug.ts';
import { PROJECT_ROOT } from './project-root.ts';

/** One more than the highest `order` in the folder (entries that do not parse are skipped). */
export function nextOrder(dir: string): number {
  const orders = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const split = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      const data = split && (parseFrontmatter(split.yaml, split.yamlLine).data as { order?: unknown } | undefined);
      return typeof data?.order === 'number' ? data.order : 0;
    });
  return Math.max(0, ...orders) + 1;
}

/** Creates the entry; returns its path, or throws with a message for the writer. */
export function createQuestion(title: string, dir: string): string {
  const clean = title.trim();
  const id = slugify(clean);
  if (!clean || !id) throw new Error('Give the question a title: npm run new -- "Title of the question"');
  const path = join(dir, `${id}.mdx`);
  if (existsSync(path)) throw new Error(`${relative(PROJECT_ROOT, path)} already exists: choose another title, or edit that file.`);
  writeFileSync(path, scaffoldEntry(clean, nextOrder(dir)), { flag: 'wx' });
  return path;
}

if (import.meta.main) {
  const dir = process.env['QUESTIONS_DIR'] ?? join(PROJECT_ROOT, 'content/questions');
  try {
    const path = createQuestion(process.argv.slice(2).join(' '), dir);
    console.log(`Created ${relative(PROJECT_ROOT, path)} as a draft (left out of the site until you remove "draft: true").`);
    console.log('Fill in every "TODO:", then run `npm run check:content` to see what is left.');
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
