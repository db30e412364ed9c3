import { describe, expect, it } from 'vitest';
import { changeWords, generatedEntry, sourceEntries, vocabularyOf } from '../../src/cli/scale.ts';
import { dirname } from 'node:path';
import { SEED_CONTENT } from './helpers/content-files.ts';

// The seed's entries (its folder holds them in content/, as a project does): the sentence below is the seed's own.
const sources = sourceEntries(dirname(SEED_CONTENT));
const vocabulary = vocabularyOf(sources);

describe('entries generated for the scale benchmark', () => {
  it('change every word for one of the same length from the sources’ vocabulary, keeping capitals and punctuation', () => {
    // A sentence of the seed's own (every word of it is in the vocabulary).
    const text = 'Describe your philosophy for managing and developing other leaders. Can you tell me about a time?';
    const changed = changeWords(text, vocabulary, 3);
    expect(changed).not.toBe(text);
    expect(changed.length).toBe(text.length);
    expect(changed.replace(/[A-Za-z]/g, 'x')).toBe(text.replace(/[A-Za-z]/g, 'x'));
    for (const word of changed.match(/[A-Za-z]{3,}/g)!) expect(vocabulary).toContain(word.toLowerCase());
    expect(changed[0]).toMatch(/[A-Z]/);
  });

  it('differ copy by copy and are the same every run', () => {
    const one = generatedEntry(7, sources, vocabulary);
    expect(generatedEntry(7, sources, vocabulary)).toEqual(one);
    // Copies of the same source entry (7 and 12 with five sources) share no sentence.
    const other = generatedEntry(12, sources, vocabulary);
    const body = (text: string) => text.split('\n---\n')[1]!;
    const sentencesOf = (text: string) => body(text).split(/(?<=[.?!])\s+/).filter((s) => s.length > 40);
    const shared = sentencesOf(one.text).filter((sentence) => body(other.text).includes(sentence));
    expect(shared).toEqual([]);
    expect(one.title).not.toBe(other.title);
  });

  it('keep what the schema checks: kind, topics and a question, each in a round of the run', () => {
    const { text } = generatedEntry(4, sources, vocabulary);
    expect(text).toMatch(/^kind: (story|approach)$/m);
    expect(text).toMatch(/^topics: \[[a-z-]+(, [a-z-]+)*\]$/m);
    expect(text).toMatch(/^question: \S.*[.?]$/m);
    expect(text).toMatch(/^round: (soft-skills-leadership|scale-round-two|scale-round-three)$/m);
    expect(text).toMatch(/^order: 104$/m);
  });
});
