// The labelled set of answers for `npm run eval` (tests/fixtures/eval/, its format in the file
// EVAL-FORMAT of issue 34): each answer as a recogniser gives it, piece by piece, with its parts,
// key points and signals labelled by hand; and the stories they answer, read as the site reads them.
// The seed's five questions from their pages' sources (frontmatter lines, key points, the body's
// labelled paragraphs); a story of one's own from its lines and key points only, as the editor has it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { answerPartTexts, type AnswerBlock } from '../lib/rehearsal/answer-texts.ts';
import { partTexts, type PartTexts } from '../lib/rehearsal/parts-from-words.ts';
import { partLabels, type Kind } from '../lib/star.ts';

export const EVAL_DIR = 'tests/fixtures/eval';
export const SEED_QUESTIONS = 'tests/fixtures/seed/content/questions';

export type Split = 'dev' | 'test';

export interface EvalPiece {
  part: number;
  text: string;
  at?: number;
}

export interface EvalAnswer {
  id: string;
  story: string;
  style: 'close' | 'loose';
  split: Split;
  seconds: number;
  target: number;
  pieces: EvalPiece[];
  keyPoints: number[];
  signals: { ownership: 'i' | 'we' | 'passive'; resultFigure: boolean; hedges: string[]; lesson: boolean };
  notes?: string;
}

export interface EvalStory {
  id: string;
  kind: Kind;
  labels: string[];
  keyPoints: string[];
  /** What each part says, as the site finds the parts from it. */
  texts: PartTexts;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** A node's text with its paragraphs kept apart, as a page's text has them (toString runs them together). */
const textOf = (node: ListItem): string => node.children.map((child) => (child.type === 'list' ? child.children.map(textOf).join(' ') : toString(child))).join(' ');

/** The answer's paragraphs and list items in order, as the page renders them (part-texts.ts reads the same). */
function blocksOf(tree: Root): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  const item = (node: ListItem) => {
    const first = node.children[0];
    const strong = first?.type === 'paragraph' && first.children[0]?.type === 'strong' ? first.children[0] : undefined;
    blocks.push({ text: textOf(node), item: true, ...(strong && { lead: toString(strong).replace(/[:\s]+$/, '') }) });
    for (const child of node.children) if (child.type === 'list') list(child);
  };
  const list = (node: List) => node.children.forEach(item);
  const visit = (node: RootContent) => {
    if (node.type === 'paragraph') blocks.push({ text: toString(node) });
    else if (node.type === 'list') list(node);
  };
  tree.children.forEach(visit);
  return blocks;
}

const FIELDS = ['situation', 'task', 'action', 'result'] as const;

/** A seed question, from its source: lines, key points and the whole answer's parts. */
function seedStory(id: string, text: string): EvalStory {
  const split = splitFrontmatter(text);
  if (!split) throw new Error(`${id}: no frontmatter`);
  const data = parse(split.yaml) as Record<string, unknown>;
  const kind = data['kind'] as Kind;
  const labels = partLabels(kind);
  const lines = FIELDS.map((field) => String(data[field] ?? ''));
  const keyPoints = (data['keyPoints'] as string[] | undefined) ?? [];
  // As the site reads a model answer (scripts/rehearsal/part-texts.ts): a story's labelled parts.
  // An approach's whole answer is not split into its parts in the browser (answer-texts.ts can: the
  // analysis has no room for it yet), so its lines and key points alone are matched, here as there.
  const answer = kind === 'story' ? answerPartTexts(blocksOf(parser.parse(split.body)), labels) : [];
  return { id, kind, labels, keyPoints, texts: partTexts(lines, keyPoints, answer) };
}

/** A story of one's own: its lines and key points, as the editor keeps them. */
function ownStory(data: Record<string, unknown>): EvalStory {
  const kind = data['kind'] === 'approach' ? 'approach' : 'story';
  const lines = FIELDS.map((field) => String(data[field] ?? ''));
  const keyPoints = (data['keyPoints'] as string[] | undefined) ?? [];
  return { id: String(data['id']), kind, labels: partLabels(kind), keyPoints, texts: partTexts(lines, keyPoints) };
}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort() : []);

export interface EvalSet {
  answers: EvalAnswer[];
  stories: Map<string, EvalStory>;
}

/** The labelled set under `root`: every answer, and every story one of them answers. */
export function readEvalSet(root: string): EvalSet {
  const stories = new Map<string, EvalStory>();
  const seed = join(root, SEED_QUESTIONS);
  for (const file of readdirSync(seed).filter((name) => name.endsWith('.mdx'))) {
    const id = file.replace(/\.mdx$/, '');
    stories.set(id, seedStory(id, readFileSync(join(seed, file), 'utf8')));
  }
  const own = join(root, EVAL_DIR, 'stories');
  for (const file of yamlFiles(own)) {
    const story = ownStory(parse(readFileSync(join(own, file), 'utf8')) as Record<string, unknown>);
    stories.set(story.id, story);
  }
  const dir = join(root, EVAL_DIR, 'answers');
  const answers = yamlFiles(dir).map((file) => parse(readFileSync(join(dir, file), 'utf8')) as EvalAnswer);
  for (const answer of answers) {
    if (!stories.has(answer.story)) throw new Error(`${answer.id}: no story "${answer.story}"`);
    answer.keyPoints ??= [];
    answer.signals.hedges ??= [];
  }
  return { answers, stories };
}
