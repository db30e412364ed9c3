import { describe, expect, it } from 'vitest';
import { answerPartTexts } from '../../../src/lib/rehearsal/answer-texts.ts';

describe('a model answer’s text by part', () => {
  it('a story: its labelled paragraphs, the framing before them left out, unlabelled items with the part before', () => {
    const blocks = [
      { text: 'My philosophy is aligned autonomy.' },
      { text: 'Situation: his team had slowed.', lead: 'Situation', item: true },
      { text: 'Task: help him let go.', lead: 'Task', item: true },
      { text: 'Action: I asked him one question.', lead: 'Action', item: true },
      { text: 'I built a coalition: finance and product.', lead: 'I built a coalition', item: true },
      { text: 'Result: it worked.', lead: 'Result', item: true },
    ];
    expect(answerPartTexts(blocks, ['Situation', 'Task', 'Action', 'Result'])).toEqual([
      'Situation: his team had slowed.',
      'Task: help him let go.',
      'Action: I asked him one question. I built a coalition: finance and product.',
      'Result: it worked.',
    ]);
  });

  it('an approach: the introduction’s last sentence its aim, the rest its context, the lists its steps, the close its outcome', () => {
    const blocks = [{ text: 'Inclusion is a leadership job. I focus on three areas:' }, { text: 'Hiring: structured interviews.', item: true }, { text: 'Growth: review promotions.', item: true }, { text: 'It becomes a filter for every decision.' }];
    expect(answerPartTexts(blocks, ['Context', 'Aim', 'Steps', 'Outcome'])).toEqual(['Inclusion is a leadership job.', 'I focus on three areas:', 'Hiring: structured interviews. Growth: review promotions.', 'It becomes a filter for every decision.']);
  });

  it('an approach with no close: the last step’s last sentence is its outcome', () => {
    const blocks = [{ text: 'My approach is a yearly process.' }, { text: 'Align on goals.', item: true }, { text: 'Budget from the ranking. This makes trade-offs visible.', item: true }];
    expect(answerPartTexts(blocks, ['Context', 'Aim', 'Steps', 'Outcome'])).toEqual(['', 'My approach is a yearly process.', 'Align on goals. Budget from the ranking.', 'This makes trade-offs visible.']);
  });
});
