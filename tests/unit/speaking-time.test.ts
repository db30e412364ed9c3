import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { countWords, formatSpeakingTime, isoDuration, speakingSeconds } from '../../src/lib/speaking-time.ts';
import { remarkSpeakingTime, wordsInTree } from '../../src/lib/remark-speaking-time.ts';

describe('countWords', () => {
  it('counts words, keeping "1:1s", "50-70" and "DE&I" whole', () => {
    expect(countWords('My 1:1s with 50-70 engineers on DE&I.')).toBe(7);
  });
  it('ignores punctuation and markup on its own', () => {
    expect(countWords('  — * ** ')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});

describe('speakingSeconds at 140 words a minute', () => {
  it('is two minutes for 280 words', () => expect(speakingSeconds(280)).toBe(120));
  it('rounds to the nearest 5 s', () => expect(speakingSeconds(303)).toBe(130));
  it('is at least 5 s for any text, 0 for none', () => {
    expect(speakingSeconds(1)).toBe(5);
    expect(speakingSeconds(0)).toBe(0);
  });
});

describe('formatSpeakingTime', () => {
  it.each([
    [130, 'about 2 min 10 s aloud', 'PT2M10S'],
    [45, 'about 45 s aloud', 'PT45S'],
    [180, 'about 3 min aloud', 'PT3M'],
  ])('%i s reads "%s" (%s)', (seconds, text, iso) => {
    expect(formatSpeakingTime(seconds)).toBe(text);
    expect(isoDuration(seconds)).toBe(iso);
  });
});

describe('remarkSpeakingTime', () => {
  it('counts the text of the Markdown, not its markup, and paragraphs apart', () => {
    const markdown = '**Situation:** one two three.\n\n1.  **Four:** five *six*\n2.  seven';
    expect(wordsInTree(unified().use(remarkParse).parse(markdown))).toBe(8);
  });

  it('hands the speaking time to the page', async () => {
    const file = new VFile('word '.repeat(280));
    const processor = unified().use(remarkParse).use(remarkSpeakingTime);
    await processor.run(processor.parse(file), file);
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, number> } }).astro.frontmatter;
    expect(frontmatter['speakingSeconds']).toBe(120);
  });
});
