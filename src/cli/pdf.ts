// `npm run pdf`: prints the built cheat sheet to cheat-sheet.pdf with Chromium, as a reader's
// browser would (print styles, @page margins), and reports its page count.
// `npm run pdf -- --format letter` for US Letter; `--out file.pdf` to name the file. With several
// rounds, each round's sheet goes to its own file (cheat-sheet-<round-id>.pdf), or just one with
// `--round <round-id>`.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sheetFileName } from '../lib/rounds.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { printCheatSheet } from './print-pdf.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'a4' },
    out: { type: 'string' },
    round: { type: 'string' },
  },
});

const formats = { a4: 'A4', letter: 'Letter' } as const;
const format = formats[values.format.toLowerCase() as keyof typeof formats];
if (!format) {
  console.error(`Unknown --format "${values.format}": use a4 or letter.`);
  process.exit(1);
}
const sheets = join(PROJECT_ROOT, 'dist/cheat-sheet');
if (!existsSync(join(sheets, 'index.html'))) {
  console.error('No built site: run `npm run build` first.');
  process.exit(1);
}

// A folder per round under dist/cheat-sheet/ means the site has several rounds.
const rounds = readdirSync(sheets, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
if (values.round !== undefined && !rounds.includes(values.round)) {
  console.error(rounds.length ? `No round "${values.round}": the rounds are ${rounds.join(', ')}.` : 'The site has one round: leave out --round.');
  process.exit(1);
}
const chosen: (string | undefined)[] = values.round ? [values.round] : rounds.length ? rounds : [undefined];
if (values.out && chosen.length > 1) {
  console.error('--out names one file: add --round <round-id> to print one round.');
  process.exit(1);
}

for (const round of chosen) {
  const [printed] = await printCheatSheet(4326, [format], round);
  // npm runs scripts from the project folder; a relative --out is meant from where the reader typed it.
  const out = resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out ?? sheetFileName(round ?? '', rounds.length > 1));
  writeFileSync(out, printed!.pdf);
  console.log(`Wrote ${out}: ${format}, ${printed!.pages} ${printed!.pages === 1 ? 'page' : 'pages'}, ${(printed!.pdf.byteLength / 1024).toFixed(1)} KB`);
}
