// A story of yours as an entry of content/questions/ and back (src/lib/stories/mdx.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mdxToStory, storyToMdx } from '../../../src/lib/stories/mdx.ts';
import { QUESTIONS_DIR } from '../helpers/content-files.ts';
import { sampleStory } from './sample.ts';

describe('a story as an entry of content/questions/', () => {
  it('round-trips through MDX: written, read back, the same story', () => {
    for (const story of [sampleStory(), sampleStory({ answer: 'I set a {plan} <now>.\n\nexport the lessons: "quoted" and \'single\'.\n\n- one\n- two', kind: 'approach', followUps: [] })]) {
      const back = mdxToStory(storyToMdx(story, 6));
      expect(back).toEqual({
        title: story.title,
        question: story.question,
        kind: story.kind,
        topics: story.topics,
        situation: story.situation,
        task: story.task,
        action: story.action,
        result: story.result,
        keyPoints: story.keyPoints,
        followUps: story.followUps,
        answer: story.answer,
      });
    }
  });

  it('is a draft until it passes every rule, then draft: false', () => {
    expect(storyToMdx(sampleStory(), 6)).toMatch(/\ndraft: false\n---/);
    expect(storyToMdx(sampleStory({ keyPoints: ['only one'] }), 6)).toMatch(/\ndraft: true\n---/);
  });

  it('reads every entry of the seed into the editor’s fields', () => {
    const dir = QUESTIONS_DIR;
    for (const file of readdirSync(dir)) {
      const story = mdxToStory(readFileSync(join(dir, file), 'utf8'))!;
      expect(story.title, file).toMatch(/\w/);
      expect(story.question, file).toMatch(/^[A-Z].{30,}[.?]$/);
      expect(story.topics!.length, file).toBeGreaterThan(0);
      expect(story.keyPoints!.length, file).toBeGreaterThanOrEqual(2);
      for (const field of ['situation', 'task', 'action', 'result'] as const) expect(story[field], `${file} ${field}`).toMatch(/\w/);
      expect(story.answer!.length, file).toBeGreaterThan(200);
      // The same fields as the build's YAML reader finds.
      const text = readFileSync(join(dir, file), 'utf8');
      const data = parse(text.split('---')[1]!) as Record<string, unknown>;
      for (const field of ['title', 'question', 'kind', 'topics', 'situation', 'task', 'action', 'result', 'keyPoints'] as const) expect(story[field], `${file} ${field}`).toEqual(data[field]);
    }
  });
});
