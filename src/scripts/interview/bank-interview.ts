// Unseen questions from the bank for a mock interview (the set-up's "Unseen questions from the
// bank"): questions never chosen in the drill first, each asked with your story for it (your
// choice in the drill, or else the one sharing most topics) and recorded against that story. One
// question per story, so each answer has its own place in the report. Loaded on Start.
import { readChoices } from '../../lib/bank/choices.ts';
import { CHOICES_KEY } from '../../lib/kept/keys.ts';
import { bestFits } from '../../lib/bank/rank.ts';
import { parseJson } from '../../lib/json.ts';
import { readItem } from '../../lib/storage.ts';
import { loadBank } from '../bank/bank-source.ts';
import type { InterviewQuestion } from './questions.ts';

export async function bankInterview(address: string, stories: readonly InterviewQuestion[], count: number, random: () => number = Math.random): Promise<InterviewQuestion[]> {
  // Read as the drill keeps them; anything unreadable is the drill's to report.
  const choices = readChoices(parseJson(readItem(CHOICES_KEY)));
  // At random within each group (sorted on a random key each: the bank is small).
  const keys = new Map((await loadBank(address)).map((asked) => [asked, random()]));
  const bank = [...keys.keys()].sort((a, b) => keys.get(a)! - keys.get(b)!);
  // Never chosen first, then those chosen longest ago.
  const ordered = [...bank.filter(({ id }) => !choices[id]), ...bank.filter(({ id }) => choices[id]).sort((a, b) => Date.parse(choices[a.id]!.at) - Date.parse(choices[b.id]!.at))];
  const told = stories.map((story) => ({ ...story, topics: story.topics ?? [] }));
  const picked: InterviewQuestion[] = [];
  for (const asked of ordered) {
    if (picked.length >= count) break;
    const mine = told.find(({ id }) => id === choices[asked.id]?.story);
    const story = mine ?? bestFits(asked.topics, told, 1)[0]?.story;
    if (!story || picked.some(({ id }) => id === story.id)) continue;
    picked.push({ ...story, question: asked.q, bank: asked.id });
  }
  return picked;
}
