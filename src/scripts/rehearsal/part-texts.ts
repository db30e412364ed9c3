// What a story's four parts say, for finding them in what was said (parts-from-words.ts): its
// lines, its key points and, where its whole answer labels its parts ("Situation: …", as the model
// answers do), each part of that. A model answer's come from its page (model-answer.ts); a story
// of yours from the page that shows it.
import { partTexts, type PartTexts } from '../../lib/rehearsal/parts-from-words.ts';
import { readModelAnswer, type ModelAnswer } from '../shared/model-answer.ts';

/** The whole answer's paragraphs by part, where a paragraph starts with its part's name in bold. */
function answerParts(answer: DocumentFragment | undefined, labels: readonly string[]): string[] {
  const parts = ['', '', '', ''];
  let current = -1;
  for (const node of answer?.querySelectorAll('p, li') ?? []) {
    const lead = node.querySelector(':scope > strong:first-child')?.textContent?.replace(/[:\s]+$/, '') ?? '';
    if (labels.includes(lead)) current = labels.indexOf(lead);
    if (current >= 0) parts[current] += ` ${node.textContent}`;
  }
  return parts;
}

/** A model answer (or a story of yours, read as one): its part texts. */
export function modelPartTexts({ rehearsal, star, answer }: ModelAnswer): PartTexts {
  const lines = rehearsal.labels.map((label) => star.find((line) => line.label === label)?.text ?? '');
  return partTexts(lines, rehearsal.keyPoints, answerParts(answer, rehearsal.labels));
}

/**
 * The part texts of question `id`, for the Rehearse panel: a story of yours from the lines this page
 * shows beside its key points; a model answer from its page (kept offline), or none.
 */
export async function partTextsFor(id: string): Promise<PartTexts | undefined> {
  const points = document.querySelector(`[data-key-points="${CSS.escape(id)}"]`);
  // The lines shown with them: in the same card, or further up the story's page.
  let box = points?.parentElement;
  while (box && !box.querySelector('dl dd')) box = box.parentElement;
  const lines = [...(box?.querySelectorAll('dl dd') ?? [])].map((line) => line.textContent?.trim() ?? '');
  if (lines.length === 4) return partTexts(lines, [...points!.querySelectorAll('li')].map((li) => li.textContent ?? ''));
  const model = id.startsWith('mine-') ? undefined : await readModelAnswer(id);
  return model && model.star.length ? modelPartTexts(model) : undefined;
}
