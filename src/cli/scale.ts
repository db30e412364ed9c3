import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, weighOfflineCopy, weighPage, type OfflineCopy, type PageWeight } from './page-weight.ts';
import { runBuild } from './run-build.ts';
import { copyProject } from './temp-project.ts';
import { withBuiltSite } from './with-site.ts';

/** A word found in one generated entry only: letters, so Pagefind indexes it whole. */
export function uniqueWord(index: number): string {
  let letters = '';
  for (let n = index + 26; n > 0; n = Math.floor(n / 26)) letters = String.fromCharCode(97 + (n % 26)) + letters;
  return `zyx${letters}qu`;
}

/** The generated entries are spread over the seed's round and two generated ones. */
export const SCALE_ROUNDS = ['soft-skills-leadership', 'scale-round-two', 'scale-round-three'];

/** A round file for the scale run. */
export function generatedRound(order: number): string {
  return `---\ntitle: Generated round ${order}\norder: ${order}\ndescription: A generated round for the scale benchmark.\n---\n\nA generated mindset.\n`;
}

/**
 * The words of three letters or more, each replaced by another word of the same length from the
 * sources' own vocabulary: for copy `shift`, `shift` × a large step further along that length's
 * list. Real words with their real lengths and frequencies, in sentences no other copy has: text
 * that compresses as a second story by the same person would (words recur, sentences do not),
 * where moving letters would make every word new (no real set of stories is like that) and a few
 * repeated words would compress to nothing. Lengths, capitals and punctuation stay, so every
 * field keeps within the schema's limits.
 */
export function changeWords(text: string, vocabulary: readonly string[], shift: number): string {
  const byLength = new Map<number, string[]>();
  for (const word of vocabulary) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
  return text.replace(/[A-Za-z]{3,}/g, (word) => {
    const same = byLength.get(word.length);
    const at = same?.indexOf(word.toLowerCase()) ?? -1;
    if (!same || at < 0) return word;
    const other = same[(at + shift * Math.max(1, Math.floor(same.length * 0.618))) % same.length]!;
    return word[0] === word[0]!.toUpperCase() ? other[0]!.toUpperCase() + other.slice(1) : other;
  });
}

/** Every word of three letters or more in `texts`, lower case, sorted. */
export function vocabularyOf(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((text) => text.toLowerCase().match(/[a-z]{3,}/g) ?? []))].sort();
}

/** Frontmatter whose values are prose (changed by changeWords); the rest (kind, topics, order, round) stays valid. */
const PROSE_FIELDS = /^(title|question|situation|task|action|result):/;

/**
 * Entry `index` of a scale run: one of the project's own entries (`sources`, their MDX text) with
 * its words changed for this copy (changeWords), so it weighs like a real answer; its own order,
 * round and a word found nowhere else (for the search timing).
 */
export function generatedEntry(index: number, sources: readonly string[], vocabulary = vocabularyOf(sources)): { title: string; text: string } {
  const source = sources[index % sources.length]!;
  const shift = 1 + Math.floor(index / sources.length);
  const change = (text: string) => changeWords(text, vocabulary, shift);
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
  let list = false;
  const lines = frontmatter!.split('\n').map((line) => {
    if (/^\S/.test(line)) list = /^(keyPoints|followUps):/.test(line);
    if (PROSE_FIELDS.test(line) || (list && /^\s+-/.test(line))) return line.replace(/^(\s*-?\s*\w*:?\s*)([\s\S]*)$/, (_, key: string, value: string) => key + change(value));
    if (line.startsWith('order:')) return `order: ${100 + index}`;
    if (line.startsWith('round:')) return '';
    return line;
  });
  const text = `---\n${lines.filter((line) => line !== '').join('\n')}\nround: ${SCALE_ROUNDS[index % SCALE_ROUNDS.length]}\n---\n${change(body!)}\nThe word ${uniqueWord(index)} appears only here.\n`;
  const title = /^title: (.*)$/m.exec(text)![1]!.replace(/^["']|["']$/g, '');
  return { title, text };
}

/** The project's own entries, as sources for generated ones. */
export function sourceEntries(root: string): string[] {
  const dir = join(root, 'content/questions');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

/** Adds `count` generated entries (and the two generated rounds) to the project copy at `root`. */
export function addGeneratedEntries(root: string, count: number): string[] {
  const sources = sourceEntries(root);
  const vocabulary = vocabularyOf(sources);
  SCALE_ROUNDS.slice(1).forEach((id, i) => writeFileSync(join(root, 'content/rounds', `${id}.md`), generatedRound(i + 2)));
  const titles: string[] = [];
  for (let i = 0; i < count; i++) {
    const { title, text } = generatedEntry(i, sources, vocabulary);
    titles.push(title);
    writeFileSync(join(root, 'content/questions', `generated-${i}.mdx`), text);
  }
  return titles;
}

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

export interface ScaleReport {
  entries: number;
  baseSeconds: number;
  scaledSeconds: number;
  index: { bytes: number; files: number };
  searchMs: number;
  searchWord: string;
  expectedTitle: string;
  firstResult: string;
  /** Every page, with the project's own entries and with the generated ones added. */
  base: SiteWeight;
  scaled: SiteWeight;
}

export interface SiteWeight {
  questions: number;
  pages: PageWeight[];
  offline: OfflineCopy;
}

/** Every page of a built site and its offline copy, weighed. */
export function weighSite(dist: string): SiteWeight {
  const pages = htmlPages(dist).map((path) => weighPage(dist, path));
  return { questions: pages.filter((page) => page.path.startsWith('/questions/')).length, pages, offline: weighOfflineCopy(dist) };
}

/** Builds a temporary copy of the project with `entries` generated questions and measures it. */
export async function measureScale(entries: number): Promise<ScaleReport> {
  const root = copyProject('study-scale-');
  try {
    // Each size is built twice and the second (warm cache) build is timed.
    runBuild(root);
    const baseSeconds = runBuild(root);
    const base = weighSite(join(root, 'dist'));
    const target = Math.floor(entries / 2);
    const titles = addGeneratedEntries(root, entries);
    const expectedTitle = titles[target] ?? '';
    runBuild(root);
    const scaledSeconds = runBuild(root);
    const scaled = weighSite(join(root, 'dist'));
    const index = folderBytes(join(root, 'dist/pagefind'));

    const searchWord = uniqueWord(target);
    const { searchMs, firstResult } = await withBuiltSite(
      4324,
      async (browser, origin) => {
        const page = await browser.newPage();
        await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
        // Warm Pagefind first, as a reader who has searched once: the figure is the search itself.
        await page.getByRole('searchbox').fill('team');
        await page.getByRole('status').filter({ hasText: 'for “team”' }).waitFor();
        const started = await page.evaluate(() => performance.now());
        await page.getByRole('searchbox').fill(searchWord);
        await page.getByRole('status').filter({ hasText: `for “${searchWord}”` }).waitFor();
        const ended = await page.evaluate(() => performance.now());
        const first = (await page.getByRole('main').getByRole('listitem').getByRole('heading').first().textContent()) ?? '';
        return { searchMs: ended - started, firstResult: first.trim() };
      },
      root,
    );
    return { entries, baseSeconds, scaledSeconds, index, searchMs, searchWord, expectedTitle, firstResult, base, scaled };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
