/**
 * A story of yours as an entry of content/questions/ (Download as MDX), and an entry read back into
 * the editor (Open an MDX file). What is written is what `npm run check:content` accepts unchanged:
 * every text in double quotes (JSON's strings are YAML's), the round, an order after the site's
 * others, and `draft: false` only when nothing the build checks is missing. What is read is the
 * part of YAML entries use (`key: value` with plain, double- or single-quoted text, `[a, b]` and
 * `- item` lists, comments): the `yaml` library would read it all, at 30 KB gzip for one rare click.
 */
import { entryProblems, STAR_FIELDS } from '../story-rules.ts';
import { storyLabels } from './opening.ts';
import { slugify } from '../slug.ts';
import { TOPIC_IDS, type Topic } from '../topics.ts';
import type { Story } from './story.ts';

/** MDX reads `{`, `}` and `<` as code, and a line opening with `import ` or `export ` as a module. */
const escapeMdx = (text: string) =>
  text.replace(/[{}<]/g, (character) => `\\${character}`).replace(/^(\s*)(im|ex)port(\s)/gm, (_, space: string, start: string, after: string) => `${space}&#${start.charCodeAt(0)};${start.slice(1)}port${after}`);
const unescapeMdx = (text: string) => text.replace(/\\([{}<])/g, '$1').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** The four lines as a story's answer is written when there is no whole answer: "*   **Situation:** …". */
const linesBody = (story: Story) =>
  STAR_FIELDS.map((field, i) => `*   **${storyLabels(story.kind)[i]}:** ${escapeMdx(story[field].trim())}`).join('\n');

/** Whether the story passes every rule the build applies (a draft otherwise). */
export const isComplete = (story: Story) => entryProblems(story).length === 0;

/** The file name the entry takes in content/questions/. */
export const mdxFileName = (story: Story) => `${slugify(story.title) || story.id}.mdx`;

/** The story as an MDX entry, in `round`, at `order` (one after the round's last). */
export function storyToMdx(story: Story, order: number): string {
  const quoted = (text: string) => JSON.stringify(text.trim());
  const list = (name: string, items: string[]) => (items.length ? `${name}:\n${items.map((item) => `  - ${quoted(item)}`).join('\n')}\n` : '');
  const body = story.answer.trim() ? escapeMdx(story.answer.trim()) : linesBody(story);
  return `---
title: ${quoted(story.title)}
question: ${quoted(story.question)}
round: ${story.round}
order: ${order}
kind: ${story.kind}
topics: [${story.topics.join(', ')}]
${STAR_FIELDS.map((field) => `${field}: ${quoted(story[field])}`).join('\n')}
${list('keyPoints', story.keyPoints.filter((point) => point.trim()))}${list('followUps', story.followUps.filter((question) => question.trim()))}draft: ${!isComplete(story)}
---

${body}
`;
}

/** One YAML scalar as entries write them: "double" (JSON's escapes), 'single' ('' for '), or plain (a trailing # comment dropped). */
function scalar(raw: string): string {
  const text = raw.trim();
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text.slice(0, text.lastIndexOf('"') + 1)) as string;
    } catch {
      return text.slice(1, text.lastIndexOf('"'));
    }
  }
  if (text.startsWith("'")) return text.slice(1, text.lastIndexOf("'")).replace(/''/g, "'");
  return text.replace(/\s+#.*$/, '');
}

/** `[a, "b, c", d]`: the items of a flow list. */
function flowList(raw: string): string[] {
  const inner = raw.trim().replace(/^\[|\]$/g, '');
  return (inner.match(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+/g) ?? []).map(scalar).filter(Boolean);
}

/** The frontmatter's fields: text, or lists of text. */
function readFrontmatter(yaml: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  let listOf: string | undefined;
  for (const line of yaml.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listOf) {
      (fields[listOf] as string[]).push(scalar(item[1]!));
      continue;
    }
    const pair = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!pair) continue;
    const [, key, value] = pair as unknown as [string, string, string];
    listOf = undefined;
    if (!value.trim() || value.trim().startsWith('#')) fields[(listOf = key)] = [];
    else fields[key] = value.trim().startsWith('[') ? flowList(value) : scalar(value);
  }
  return fields;
}

/** An entry read back as the fields of a story (the id, round and dates are the editor's); undefined when it has no frontmatter. */
export function mdxToStory(text: string): Partial<Story> | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return undefined;
  const fields = readFrontmatter(match[1]!.replace(/\r/g, ''));
  const one = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : '');
  const many = (key: string) => (Array.isArray(fields[key]) ? (fields[key] as string[]) : one(key) ? [one(key)] : []);
  const story: Partial<Story> = {
    title: one('title'),
    question: one('question'),
    kind: one('kind') === 'approach' || one('kind') === 'opening' ? (one('kind') as 'approach' | 'opening') : 'story',
    topics: many('topics').filter((topic): topic is Topic => (TOPIC_IDS as readonly string[]).includes(topic)),
    keyPoints: many('keyPoints'),
    followUps: many('followUps'),
  };
  for (const field of STAR_FIELDS) story[field] = one(field);
  const body = match[2]!.trim();
  // The four lines written out as the answer (no whole answer of its own): the answer stays empty.
  story.answer = body === linesBody(story as Story) ? '' : unescapeMdx(body);
  return story;
}
