import type { Page } from 'playwright';
import { withBuiltSite } from './with-site.ts';

/** Counts the pages of a PDF that Chromium wrote (one page object per page). */
export function countPdfPages(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/**
 * Prints a page as the browser's print dialog would: print media, the paper size given, and the
 * margins from the print stylesheet's @page rule (preferCSSPageSize), backgrounds off.
 */
export async function printPdf(page: Page, format: 'A4' | 'Letter'): Promise<{ pdf: Buffer; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, preferCSSPageSize: false, printBackground: false });
  return { pdf, pages: countPdfPages(pdf) };
}

/**
 * Prints a built cheat sheet in each paper format; `port` serves the site meanwhile. `round` picks
 * a round's own sheet when the site has several (`/cheat-sheet/<round>/`).
 */
export async function printCheatSheet(port: number, formats: readonly ('A4' | 'Letter')[], round?: string) {
  return withBuiltSite(port, async (browser, origin) => {
    const printed: { format: 'A4' | 'Letter'; pdf: Buffer; pages: number }[] = [];
    for (const format of formats) {
      const page = await browser.newPage();
      await page.goto(`${origin}/cheat-sheet/${round ? `${round}/` : ''}`, { waitUntil: 'networkidle' });
      printed.push({ format, ...(await printPdf(page, format)) });
      await page.close();
    }
    return printed;
  });
}
