// `npm run pdf`: prints the built cheat sheet to cheat-sheet.pdf with Chromium, as a reader's
// browser would (print styles, @page margins), and reports its page count.
// `npm run pdf -- --format letter` for US Letter; `--out file.pdf` to name the file.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, findChromium } from './browser.ts';
import { PROJECT_ROOT } from './page-weight.ts';
import { printPdf } from './print-pdf.ts';
import { startPreview } from './preview-server.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'a4' },
    out: { type: 'string', default: 'cheat-sheet.pdf' },
  },
});

const format = values.format.toLowerCase() === 'letter' ? 'Letter' : values.format.toLowerCase() === 'a4' ? 'A4' : undefined;
if (!format) {
  console.error(`Unknown --format "${values.format}": use a4 or letter.`);
  process.exit(1);
}
if (!existsSync(join(PROJECT_ROOT, 'dist/cheat-sheet/index.html'))) {
  console.error('No built site: run `npm run build` first.');
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

const port = 4326;
const stop = await startPreview(port);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/cheat-sheet/`, { waitUntil: 'networkidle' });
  const { pdf, pages } = await printPdf(page, format);
  // npm runs scripts from the project folder; a relative --out is meant from where the reader typed it.
  const out = resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out);
  writeFileSync(out, pdf);
  console.log(`Wrote ${values.out}: ${format}, ${pages} ${pages === 1 ? 'page' : 'pages'}, ${(pdf.byteLength / 1024).toFixed(1)} KB`);
} finally {
  await browser.close();
  stop();
}
