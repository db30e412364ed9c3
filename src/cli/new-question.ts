// `npm run new -- "Title of the question"`: creates content/questions/<id>.mdx as a draft with
// every field and a comment on each, the next free order in its round, and a STAR outline for the
// answer. With several rounds, say which: `npm run new -- --round <round-id> "Title"`; `--topics a,b`
// fills in its topics (the coverage page of the bank gives the command for each gap).
// It never overwrites a file.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter, splitFrontmatter } from '../lib/frontmatter.ts';
import { parseTopics, scaffoldEntry } from '../lib/scaffold.ts';
import type { Topic } from '../lib/topics.ts';
import { slugify } from '../lib/slug.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { questionsDir } from './content-dir.ts';

/** The frontmatter of every `ext` file of a folder (files that do not parse are skipped). */
export function frontmatterOf(dir: string, ext: string): { id: string; data: Record<string, unknown> }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .flatMap((name) => {
      const split = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      const data = split && (parseFrontmatter(split.yaml, split.yamlLine).data as Record<string, unknown> | undefined);
      return data ? [{ id: name.slice(0, -ext.length), data }] : [];
    });
}

/** One more than the highest `order` in the folder, or in one round of it. */
export function nextOrder(dir: string, round?: string, onlyRound = false): number {
  const orders = frontmatterOf(dir, '.mdx')
    // A question without a round belongs to the only round.
    .filter(({ data }) => round === undefined || data['round'] === round || (onlyRound && data['round'] === undefined))
    .map(({ data }) => (typeof data['order'] === 'number' ? data['order'] : 0));
  return Math.max(0, ...orders) + 1;
}

/** The round ids in a rounds folder, by file name. */
export const roundIds = (roundsDir: string) => frontmatterOf(roundsDir, '.md').map(({ id }) => id).sort();

/**
 * The round a new question goes to: the one asked for, which must exist; else the only one. Throws
 * with a message for the writer. Undefined where there is no rounds folder (a folder of questions alone).
 */
export function chooseRound(roundsDir: string, asked?: string): string | undefined {
  if (!existsSync(roundsDir)) return asked;
  const ids = roundIds(roundsDir);
  const list = ids.join(', ') || 'none yet';
  if (asked !== undefined) {
    if (ids.includes(asked)) return asked;
    throw new Error(`There is no round "${asked}". The rounds are: ${list}. Add one with: npm run new:round -- "Title of the round"`);
  }
  if (ids.length === 1) return ids[0];
  if (ids.length === 0) throw new Error('There is no round in content/rounds/ yet. Add one first: npm run new:round -- "Title of the round"');
  throw new Error(`There are several rounds (${list}): say which, for example: npm run new -- --round ${ids[0]} "Title of the question"`);
}

/** Creates the entry; returns its path, or throws with a message for the writer. */
export function createQuestion(title: string, dir: string, round?: string, roundsDir = join(dirname(dir), 'rounds'), topics: readonly Topic[] = []): string {
  const clean = title.trim();
  const id = slugify(clean);
  if (!clean || !id) throw new Error('Give the question a title: npm run new -- "Title of the question"');
  const chosen = chooseRound(roundsDir, round);
  const path = join(dir, `${id}.mdx`);
  if (existsSync(path)) throw new Error(`${relative(PROJECT_ROOT, path)} already exists: choose another title, or edit that file.`);
  const single = existsSync(roundsDir) && roundIds(roundsDir).length === 1;
  writeFileSync(path, scaffoldEntry(clean, nextOrder(dir, chosen, single), chosen, topics), { flag: 'wx' });
  return path;
}

if (import.meta.main) {
  const dir = questionsDir();
  try {
    const { values, positionals } = parseArgs({ options: { round: { type: 'string' }, topics: { type: 'string' } }, allowPositionals: true });
    const path = createQuestion(positionals.join(' '), dir, values.round, undefined, parseTopics(values.topics ?? ''));
    console.log(`Created ${relative(PROJECT_ROOT, path)} as a draft (left out of the site until you remove "draft: true").`);
    console.log('Fill in every "TODO:", then run `npm run check:content` to see what is left.');
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
