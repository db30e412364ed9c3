// The seed's bank as written: big enough, every topic asked about, questions only.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankEntries } from '../../../src/lib/bank/read.ts';
import { NEAR_DUPLICATE, copiedWords, similarity } from '../../../src/lib/bank/similar.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { TOPIC_IDS } from '../../../src/lib/topics.ts';
import { SEED_CONTENT } from '../helpers/content-files.ts';

const bank = bankEntries(join(SEED_CONTENT, 'bank')) as { id: string; question: string; topics: string[]; kind: string }[];
// The seed's answers, as the site carries them: every line of every entry but its title and question.
const answers = readdirSync(join(SEED_CONTENT, 'questions')).map((name) => {
  const text = readFileSync(join(SEED_CONTENT, 'questions', name), 'utf8');
  const { yaml, body } = splitFrontmatter(text)!;
  return { name, text: `${yaml.replace(/^(title|question):.*$/gm, '')}\n${body}` };
});

describe('the bank of unseen questions', () => {
  it('holds at least 60 questions, each a question, with unique ids', () => {
    expect(bank.length).toBeGreaterThanOrEqual(60);
    for (const { question } of bank) expect(question).toMatch(/\?$/);
    expect(new Set(bank.map(({ id }) => id)).size).toBe(bank.length);
  });

  it('asks about every topic of the vocabulary at least three times, stories and approaches both', () => {
    for (const topic of TOPIC_IDS) expect(bank.filter(({ topics }) => topics.includes(topic)).length, topic).toBeGreaterThanOrEqual(3);
    expect(new Set(bank.map(({ kind }) => kind))).toEqual(new Set(['story', 'approach']));
  });

  it('copies no sentence of the seed’s answers (no seven words in a row), as written in the seed or on the site', () => {
    const seed = readFileSync(join(import.meta.dirname, '../../fixtures/seed.md'), 'utf8')
      .split('**Answer:**')
      .slice(1)
      .map((text, i) => ({ name: `seed answer ${i + 1}`, text: text.split(/^---$/m)[0]! }));
    expect(seed).toHaveLength(5);
    for (const { question } of bank) {
      for (const answer of [...seed, ...answers]) expect(copiedWords(question, answer.text), `${question} / ${answer.name}`).toBeUndefined();
    }
    // The check itself: a seed sentence turned into a question is caught.
    expect(copiedWords('Was there a policy that my teams felt would dramatically slow them down?', seed.map(({ text }) => text).join('\n'))).toBeDefined();
  });

  it('has no two questions in nearly the same words', () => {
    for (const [i, a] of bank.entries()) {
      for (const b of bank.slice(i + 1)) expect(similarity(a.question, b.question), `${a.id} / ${b.id}`).toBeLessThan(NEAR_DUPLICATE);
    }
  });
});
