import { describe, expect, it } from 'vitest';
import { url } from '../../src/lib/url.ts';

describe('url', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'questions/a/', '/questions/a/'],
    ['/prep/', 'questions/a/', '/prep/questions/a/'],
    ['/prep', '/questions/a/', '/prep/questions/a/'],
    ['/prep/', 'pagefind/pagefind.js', '/prep/pagefind/pagefind.js'],
  ])('under base %s, %s is %s', (base, path, expected) => {
    expect(url(path, base)).toBe(expected);
  });
});
