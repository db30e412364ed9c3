// `npm run pdf`: prints the built cheat sheet to cheat-sheet.pdf with Chromium, as a reader's
// browser would (print styles, @page margins), and reports its page count.
// `npm run pdf -- --format letter` for US Letter; `--out file.pdf` to name the file.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from './project-root.ts';
import { printCheatSheet } from './print-pdf.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'a4' },
    out: { type: 'string', default: 'cheat-sheet.pdf' },
  },
});

const formats = { a4: 'A4', letter: 'Letter' } as const;
const format = formats[values.format.toLowerCase() as keyof typeof formats];
if (!format) {
  console.error(`Unknown --format "${values.format}": use a4 or letter.`);
  process.exit(1);
}
if (!existsSync(join(PROJECT_ROOT, 'dist/cheat-sheet/index.html'))) {
  console.error('No built site: run `npm run build` first.');
  process.exit(1);
}

const [printed] = await printCheatSheet(4326, [format]);
// npm runs scripts from the project folder; a relative --out is meant from where the reader typed it.
const out = resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out);
writeFileSync(out, printed!.pdf);
console.log(`Wrote ${out}: ${format}, ${printed!.pages} ${printed!.pages === 1 ? 'page' : 'pages'}, ${(printed!.pdf.byteLength / 1024).toFixed(1)} KB`);
