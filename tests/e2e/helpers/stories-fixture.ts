// Your own stories put on the device directly, as the editor keeps them (src/lib/stories/stored.ts):
// for the specs of what each feature does with them.
import type { Page } from '@playwright/test';

const DAY = '2026-11-30T10:00:00.000Z';
export type StoryData = Record<string, unknown> & { id: string; title: string };

/** A complete story of yours, as the device keeps it: "Turning around the payments team" unless `fields` say otherwise. */
export const storyOf = (id: string, fields: Partial<StoryData> = {}) => ({
  id,
  title: 'Turning around the payments team',
  question: 'Tell me about a time you turned a struggling team around.',
  round: 'soft-skills-leadership',
  kind: 'story',
  topics: ['people-management'],
  situation: 'The payments team of eight had missed three releases in a row.',
  task: 'Get them shipping every week within one quarter.',
  action: 'I cut work in progress to three items and paired with the lead each morning.',
  result: 'Weekly releases within 10 weeks, and incidents fell by half.',
  keyPoints: ['Three items in progress', 'Weekly releases in 10 weeks'],
  followUps: ['What would you do differently?'],
  answer: '',
  created: DAY,
  updated: DAY,
  ...fields,
});

/** Puts `stories` (any records, to test damaged ones too) on the device, from the home page. */
export async function seedStories(page: Page, stories: unknown[]): Promise<void> {
  await page.goto('/');
  await page.evaluate((list) => localStorage.setItem('study:stories', JSON.stringify({ version: 1, stories: list, deleted: {} })), stories);
}
