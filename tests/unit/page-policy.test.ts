import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPolicy } from '../../src/lib/page-policy.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('a page’s policy, narrowed to its own inline code', () => {
  const script = 'document.documentElement.dataset.js=""';
  const style = '.a{color:red}';
  const other = [hash('elsewhere()'), hash('.b{color:blue}')];
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)} ${other[0]}; style-src 'self' ${other[1]} ${hash(style)};`;

  it('keeps the hashes of the scripts and styles on the page, and only those', () => {
    const narrowed = policyOf(narrowPolicy(page(policy, `<script>${script}</script><style>${style}</style><script type="module" src="/a.js"></script>`)));
    expect(narrowed).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)}; style-src 'self' ${hash(style)};`);
  });

  it('adds nothing: a page without inline code keeps the policy’s sources and no hash', () => {
    expect(policyOf(narrowPolicy(page(policy, '<script src="/a.js"></script>')))).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';`);
  });

  it('leaves a page without a policy as it is', () => {
    expect(narrowPolicy('<p>hello</p>')).toBe('<p>hello</p>');
  });
});
