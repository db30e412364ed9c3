import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import QuestionCard from '../../src/components/QuestionCard.astro';
import StarSummary from '../../src/components/StarSummary.astro';
import SpeakingTime from '../../src/components/SpeakingTime.astro';
import { questionSchema } from '../../src/schemas/question.ts';
import { readEntries } from './helpers/content-files.ts';

const story = questionSchema.parse(readEntries().find(({ file }) => file === 'managing-managers.mdx')!.data);
const approach = questionSchema.parse(readEntries().find(({ file }) => file === 'roadmap-and-budget.mdx')!.data);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('components', () => {
  it('SpeakingTime renders a readable duration with a machine-readable datetime', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SpeakingTime, { props: { seconds: 130 } });
    expect(html).toMatch(/<time[^>]*datetime="PT2M10S"[^>]*>about 2 min 10 s aloud<\/time>/);
  });

  it('QuestionCard links the question page and shows its question, kind, topics and time', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(QuestionCard, {
      props: { id: 'managing-managers', data: story, seconds: 125 },
    });
    expect(html).toMatch(/<a href="\/questions\/managing-managers\/"[^>]*>Managing Managers<\/a>/);
    expect(text(html)).toContain(story.question);
    expect(text(html)).toContain('STAR story');
    expect(text(html)).toContain('Coaching &amp; development');
    expect(text(html)).toContain('about 2 min 5 s aloud');
  });

  it('StarSummary labels a story Situation, Task, Action, Result and an approach Context, Aim, Steps, Outcome', async () => {
    const container = await AstroContainer.create();
    const storyHtml = text(await container.renderToString(StarSummary, { props: { data: story } }));
    for (const label of ['Situation', 'Task', 'Action', 'Result']) expect(storyHtml).toContain(label);
    expect(storyHtml).toContain(story.task);
    const approachHtml = text(await container.renderToString(StarSummary, { props: { data: approach } }));
    for (const label of ['Context', 'Aim', 'Steps', 'Outcome']) expect(approachHtml).toContain(label);
    expect(approachHtml).not.toContain('Situation');
  });
});
