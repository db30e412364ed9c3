/**
 * A page's content security policy with only the hashes that page needs. Astro writes into every
 * page the hashes of every inline script and style of the whole site (about 30, 1 KB gzip that
 * does not compress, on every page and again in the offline copy); a page needs only those of the
 * inline code it carries. The policy is as strict as before: no hash is added, others' are left out.
 */
import { createHash } from 'node:crypto';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** The page with its `<meta http-equiv="content-security-policy">` narrowed to its own inline code. */
export function narrowPolicy(html: string): string {
  const inline = [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)].filter(([, tag, attributes]) => tag === 'style' || !/\bsrc=/.test(attributes!));
  const own = new Set(inline.map(([, , , code]) => hash(code!)));
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)"/i, (_, open: string, policy: string) => {
    const narrowed = policy.split(';').map((directive) => directive.split(' ').filter((token) => !token.startsWith("'sha256-") || own.has(token)).join(' '));
    return `${open}${narrowed.join(';')}"`;
  });
}
