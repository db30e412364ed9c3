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

/** A section of a matching page, as Pagefind gives it: each matched word's place and score in it. */
export interface SubResult {
  weighted_locations?: { balanced_score: number }[];
}

/**
 * Pagefind gives a page's matching sections (on /bank/, its unseen questions) in page order: here
 * the best match first, by the summed score of the words matched in each (ties keep page order).
 */
export const byRelevance = <T extends SubResult>(subs: readonly T[]): T[] => {
  const score = ({ weighted_locations = [] }: SubResult) => weighted_locations.reduce((sum, { balanced_score }) => sum + balanced_score, 0);
  return [...subs].sort((a, b) => score(b) - score(a));
};
