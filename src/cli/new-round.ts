// `npm run new:round -- "Technical Vision"`: creates content/rounds/technical-vision.md as a draft,
// every field with a comment saying what goes in it, placeholders to fill, and the next free order.
// It never overwrites a file. Then add its questions: npm run new -- --round technical-vision "Title".
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scaffoldRound } from '../lib/scaffold.ts';
import { slugify } from '../lib/slug.ts';
import { frontmatterOf } from './new-question.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { roundsDir } from './content-dir.ts';

/** Creates the round; returns its path, or throws with a message for the writer. */
export function createRound(title: string, dir: string): string {
  const clean = title.trim();
  const id = slugify(clean);
  if (!clean || !id) throw new Error('Give the round a title: npm run new:round -- "Title of the round"');
  const path = join(dir, `${id}.md`);
  if (existsSync(path)) throw new Error(`${relative(PROJECT_ROOT, path)} already exists: choose another title, or edit that file.`);
  const order = Math.max(0, ...frontmatterOf(dir, '.md').map(({ data }) => (typeof data['order'] === 'number' ? data['order'] : 0))) + 1;
  writeFileSync(path, scaffoldRound(clean, order), { flag: 'wx' });
  return path;
}

if (import.meta.main) {
  const dir = roundsDir();
  try {
    const path = createRound(process.argv.slice(2).join(' '), dir);
    const id = path.split('/').pop()!.replace(/\.md$/, '');
    console.log(`Created ${relative(PROJECT_ROOT, path)} as a draft (left out of the site until you remove "draft: true").`);
    console.log(`Fill in every "TODO:", then add its questions: npm run new -- --round ${id} "Title of the question"`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
