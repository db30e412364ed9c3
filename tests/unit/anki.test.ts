import { describe, expect, it } from 'vitest';
import { ankiDeck, ankiDeckName, ankiField, ankiTag, escapeHtml } from '../../src/lib/anki.ts';
import { markdownToHtml } from '../../src/lib/markdown-html.ts';

const rows = (text: string) => text.split('\n').slice(0, -1).filter((line) => !line.startsWith('#'));

describe('Anki serializer', () => {
  it('writes the header Anki reads before the notes: the guid, deck and tags columns', () => {
    const header = ankiDeck([]).trimEnd().split('\n');
    expect(header).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#columns:GUID\tDeck\tFront\tBack\tTags',
      '#guid column:1',
      '#deck column:2',
      '#tags column:5',
    ]);
  });

  it('writes one row of five fields per note, whatever tabs, newlines and quotes the fields hold', () => {
    const text = ankiDeck([
      { guid: 'round/a', deck: 'Soft Skills & Leadership', front: 'Tab\there, "quoted"\nand a new line', back: '<p>One</p>\n<p>"Two"\tthree</p>', tags: ['influence', 'people management'] },
      { guid: 'other/b', deck: 'Technical Vision', front: 'Second', back: '<p>B</p>', tags: [] },
    ]);
    const notes = rows(text);
    expect(notes).toHaveLength(2);
    const fields = notes[0]!.split('\t');
    expect(fields).toEqual([
      'round/a',
      'Soft Skills & Leadership',
      'Tab here, &quot;quoted&quot; and a new line',
      '<p>One</p> <p>&quot;Two&quot; three</p>',
      'influence people_management',
    ]);
    expect(notes[1]!.split('\t')).toEqual(['other/b', 'Technical Vision', 'Second', '<p>B</p>', '']);
  });

  it('keeps a deck name on one line and out of other decks (no "::")', () => {
    expect(ankiDeckName('Tech\tnical :: Vision\n')).toBe('Tech nical : Vision');
  });

  it('escapes HTML in the plain-text front, and keeps the markup of the back', () => {
    const [row] = rows(ankiDeck([{ guid: 'g', deck: 'D', front: 'Is <b> & </b> text?', back: '<b>bold</b>', tags: [] }]));
    expect(row!.split('\t')[2]).toBe('Is &lt;b&gt; &amp; &lt;/b&gt; text?');
    expect(row!.split('\t')[3]).toBe('<b>bold</b>');
  });

  it('has helpers that do one thing each', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(ankiField('"a"\r\n\tb')).toBe('&quot;a&quot; b');
    expect(ankiTag(' two words ')).toBe('two_words');
  });

  it('renders an answer’s Markdown, lists and emphasis included, to HTML', async () => {
    const html = await markdownToHtml('**Bold:** text with *emphasis*.\n\n1.  one\n2.  two\n\n<script>alert(1)</script>');
    expect(html).toContain('<strong>Bold:</strong>');
    expect(html).toContain('<em>emphasis</em>');
    expect(html).toMatch(/<ol>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ol>/);
    expect(html).not.toContain('<script>');
  });
});
