// `npm run lint:content`: advice on each story (long answers, STAR lines too long for the cheat
// sheet, and what an interviewer hears: results without a figure, "we" where "I" belongs, hedges,
// no lesson; src/lib/story-advice.ts). Warnings only: it always exits 0.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter, splitFrontmatter } from '../lib/frontmatter.ts';
import { lintStory, type StoryWarning } from '../lib/story-lint.ts';
import { questionSchema } from '../schemas/question.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { questionsDir } from './content-dir.ts';

/** Warnings per file; entries that are not valid are left to `npm run check:content`. */
export function lintFolder(dir: string): { file: string; warnings: StoryWarning[] }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const split = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      const parsed = split && questionSchema.safeParse(parseFrontmatter(split.yaml, split.yamlLine).data);
      if (!split || !parsed?.success || parsed.data.draft) return [];
      return [{ file: relative(PROJECT_ROOT, join(dir, name)), warnings: lintStory(parsed.data, split.body) }];
    });
}

if (import.meta.main) {
  const results = lintFolder(process.argv[2] ?? questionsDir());
  let total = 0;
  for (const { file, warnings } of results) {
    for (const warning of warnings) {
      console.log(`${file}  ${warning.rule}: ${warning.message}\n    why: ${warning.why}`);
      total++;
    }
  }
  console.log(`${total} ${total === 1 ? 'warning' : 'warnings'} in ${results.length} entries (advice only: the site builds either way)`);
}
