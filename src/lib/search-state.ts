/** What a search is: the words typed, the topics and rounds ticked. It lives in the URL so a search can be shared. */
export interface SearchState {
  q: string;
  topics: string[];
  /** Only when the site has several rounds and some are ticked. */
  rounds?: string[];
}

/** Longer queries are cut: no question needs more, and Pagefind then has a bounded amount of work. */
export const MAX_QUERY_LENGTH = 200;

/** Reads `?q=paved+road&topic=conflict&topic=dei&round=technical-vision`, keeping only known topics and rounds, each once. */
export function readSearchState(search: string, knownTopics: readonly string[], knownRounds: readonly string[] = []): SearchState {
  const params = new URLSearchParams(search);
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const known = (name: string, list: readonly string[]) => [...new Set(params.getAll(name))].filter((value) => list.includes(value));
  const rounds = known('round', knownRounds);
  return { q, topics: known('topic', knownTopics), ...(rounds.length && { rounds }) };
}

/** The query string for a state ("" for an empty search), topics and rounds in a stable order. */
export function writeSearchState({ q, topics, rounds = [] }: SearchState): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  for (const topic of [...topics].sort()) params.append('topic', topic);
  for (const round of [...rounds].sort()) params.append('round', round);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return writeSearchState(a) === writeSearchState(b);
}

/** A piece of an excerpt: plain text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Splits a Pagefind excerpt ("… a <mark>paved</mark> road …") into text parts. Pagefind gives the
 * page's text raw (an "&" stays "&", a "<" stays "<"): only its own <mark> tags are read as markup,
 * and every part is to be set with textContent, never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>|<\/mark>)/)
    .reduce<{ parts: ExcerptPart[]; mark: boolean }>(
      ({ parts, mark }, piece) => {
        if (piece === '<mark>') return { parts, mark: true };
        if (piece === '</mark>') return { parts, mark: false };
        if (piece) parts.push({ text: piece, mark });
        return { parts, mark };
      },
      { parts: [], mark: false },
    ).parts;
}

/** "3 results for “paved road”", "2 questions on Conflict resolution in Technical Vision", "No results for “x”". */
export function describeResults(count: number, { q, topicLabels, roundLabels = [] }: { q: string; topicLabels: string[]; roundLabels?: string[] }): string {
  const what = count === 0 ? 'No' : String(count);
  const noun = q ? (count === 1 ? 'result' : 'results') : count === 1 ? 'question' : 'questions';
  const parts = [`${what} ${noun}`];
  if (q) parts.push(`for “${q}”`);
  if (topicLabels.length) parts.push(`on ${topicLabels.join(' or ')}`);
  if (roundLabels.length) parts.push(`in ${roundLabels.join(' or ')}`);
  return parts.join(' ');
}

/** A text's words, lower case, each once. */
const wordsOf = (text: string) => [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];

/**
 * Pagefind gives a page's matching sections (on /bank/, its unseen questions) in page order: here
 * the one whose title holds most of the query's words first (a word held as Pagefind matches it, as
 * the start of a word: "led" in "led", "you" in "your"); ties keep page order. Each word counts
 * once: Pagefind's own scores add up every repeat, so a question saying "you" three times would
 * outrank the one that holds every word asked.
 */
export const byWordsHeld = <T extends { title: string }>(subs: readonly T[], query: string): T[] => {
  const asked = wordsOf(query);
  const held = new Map(subs.map((sub) => [sub, wordsOf(sub.title)] as const).map(([sub, own]) => [sub, asked.filter((word) => own.some((one) => one.startsWith(word))).length]));
  return [...subs].sort((a, b) => held.get(b)! - held.get(a)!);
};
