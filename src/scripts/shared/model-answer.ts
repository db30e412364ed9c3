// A question as its own page has it: what the Rehearse panel reads (target time, the model's
// split, the key points, the follow-ups), the STAR lines and the model answer. The question page is
// the one copy of an answer: a mock interview fetches the pages of its questions when it starts (so
// nothing of the answers is in the room's page: no peeking), and practice fetches a card's when it
// is revealed (so the practice page weighs the same with 5 questions or 40). The service worker
// answers offline.
import { partLabels } from '../../lib/star.ts';
import { readRehearsalQuestion, type RehearsalQuestion } from '../../lib/rehearsal/question-data.ts';
import { questionUrl } from '../../lib/url.ts';
import type { InterviewQuestion } from '../interview/questions.ts';

export interface ModelAnswer {
  rehearsal: RehearsalQuestion;
  /** The four summary lines, labelled for the kind. */
  star: { label: string; text: string }[];
  /** The answer's paragraphs and lists, as the question page renders them; absent when it could not be read. */
  answer?: DocumentFragment;
}

const FIELDS = ['situation', 'task', 'action', 'result'];

/**
 * The question's page, read; without it (no network and no offline copy), what this page carries.
 * A story of yours brings its own (stories/model.ts): nothing to fetch.
 */
export async function modelAnswer(question: InterviewQuestion & { model?: ModelAnswer }): Promise<ModelAnswer> {
  return (
    question.model ??
    (await readModelAnswer(question.id)) ?? {
      rehearsal: { ...question, labels: partLabels(question.kind), keyPoints: [], followUps: question.followUps ?? [] },
      star: [],
    }
  );
}

/** The question's page, read; undefined when it cannot be fetched (offline with no copy kept) or read. */
export async function readModelAnswer(id: string): Promise<ModelAnswer | undefined> {
  try {
    const response = await fetch(questionUrl(id));
    if (!response.ok) return;
    // Its styles left out: parsing a page's <style> counts against this page's security policy.
    const page = new DOMParser().parseFromString((await response.text()).replace(/<style[\s\S]*?<\/style>/g, ''), 'text/html');
    const rehearsal = readRehearsalQuestion(page.querySelector<HTMLElement>('rehearse-panel')?.dataset['rehearse'], page);
    if (!rehearsal) return;
    const labels = partLabels(rehearsal.kind);
    const star = FIELDS.map((field, i) => ({ label: labels[i]!, text: page.querySelector(`[data-star=${field}] .reveal-body`)?.textContent?.trim() ?? '' })).filter(
      (line) => line.text,
    );
    const prose = page.querySelector('#answer-body .prose');
    if (!prose) return { rehearsal, star };
    const answer = document.createDocumentFragment();
    answer.append(...[...prose.childNodes].map((node) => document.importNode(node, true)));
    return { rehearsal, star, answer };
  } catch {
    return;
  }
}
