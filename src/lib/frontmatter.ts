import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';

/** A content file split into its YAML frontmatter and its body, with line numbers kept. */
export interface SplitFile {
  yaml: string;
  body: string;
  /** The file line of the first YAML line (the one after the opening `---`). */
  yamlLine: number;
  /** The file line where the body starts. */
  bodyLine: number;
}

/** Splits `---\n<yaml>\n---\n<body>`; undefined when the file has no frontmatter block. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1]!;
  return {
    yaml,
    body: text.slice(match[0].length),
    yamlLine: 2,
    bodyLine: match[0].split('\n').length,
  };
}

export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

export interface ParsedYaml {
  data: unknown;
  errors: YamlProblem[];
  /** The file line of a field (`['topics', 1]` is the second topic), or undefined when it is absent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Parses frontmatter YAML, keeping where each field sits so problems can name their line. */
export function parseFrontmatter(yaml: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { line: line + firstLine - 1, column: col, message: error.message.split('\n')[0]! };
  });
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) return line;
        line = toFileLine((pair.key as Node).range![0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item?.range) return line;
        line = toFileLine(item.range[0]);
        node = item;
      } else return line;
    }
    return line;
  };
  return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}
