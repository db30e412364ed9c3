import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_IDS } from '../lib/topics.ts';
import { runBuild } from './run-build.ts';
import { copyProject } from './temp-project.ts';
import { withBuiltSite } from './with-site.ts';

const WORDS =
  'team stakeholder roadmap budget coaching feedback trust delivery quality velocity hiring mentor strategy conflict data customer outcome risk plan review decision growth culture ownership'.split(' ');

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

/** A valid entry of about 250 words, deterministic for its index. */
export function generatedEntry(index: number): { title: string; text: string } {
  const title = `Generated story ${String(index).padStart(3, '0')}`;
  const topics = [TOPIC_IDS[index % TOPIC_IDS.length], TOPIC_IDS[(index * 7 + 3) % TOPIC_IDS.length]];
  const words = Array.from({ length: 240 }, (_, i) => WORDS[(index * 31 + i * 17) % WORDS.length]);
  const sentences: string[] = [];
  for (let i = 0; i < words.length; i += 12) sentences.push(`${words.slice(i, i + 12).join(' ')}.`);
  sentences.splice(5, 0, `The word ${uniqueWord(index)} appears only here.`);
  const text = `---
title: ${title}
question: Tell me about generated situation number ${index}.
order: ${100 + index}
kind: ${index % 2 ? 'story' : 'approach'}
topics: [${[...new Set(topics)].join(', ')}]
situation: A generated situation for entry ${index}.
task: A generated task.
action: I did the generated action.
result: Delivery improved by ${index % 50}%.
keyPoints: [First point ${index}, Second point ${index}]
round: ${SCALE_ROUNDS[index % SCALE_ROUNDS.length]}
---

${sentences.join(' ')}
`;
  return { title, text };
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
}

/** Builds a temporary copy of the project with `entries` generated questions and measures it. */
export async function measureScale(entries: number): Promise<ScaleReport> {
  const root = copyProject('study-scale-');
  try {

    // Each size is built twice and the second (warm cache) build is timed.
    runBuild(root);
    const baseSeconds = runBuild(root);
    const target = Math.floor(entries / 2);
    let expectedTitle = '';
    SCALE_ROUNDS.slice(1).forEach((id, i) => writeFileSync(join(root, 'content/rounds', `${id}.md`), generatedRound(i + 2)));
    for (let i = 0; i < entries; i++) {
      const { title, text } = generatedEntry(i);
      if (i === target) expectedTitle = title;
      writeFileSync(join(root, 'content/questions', `generated-${i}.mdx`), text);
    }
    runBuild(root);
    const scaledSeconds = runBuild(root);
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
    return { entries, baseSeconds, scaledSeconds, index, searchMs, searchWord, expectedTitle, firstResult };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
