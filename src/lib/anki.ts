/**
 * Anki's text import format for the Basic note type: header lines that tell Anki how to read the
 * file, then one note a line with tab-separated fields. Fields are HTML (`#html:true`).
 */

export interface AnkiNote {
  /** Stable across exports, so re-importing updates the card instead of adding a duplicate. */
  guid: string;
  /** Plain text: escaped here. */
  front: string;
  /** HTML: kept as markup, but flattened onto one line. */
  back: string;
  tags: readonly string[];
  /** The deck the note goes to: its round's title. */
  deck: string;
}

/** Escapes text for an HTML field. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Makes HTML safe for one tab-separated field: a tab or newline would end the field or the note,
 * and a leading quote would make Anki read the field as quoted CSV. HTML collapses white space,
 * so tabs and newlines become spaces, and quotes become the entity Anki renders the same.
 */
export function ankiField(html: string): string {
  return html.replace(/[\t\r\n]+/g, ' ').replace(/"/g, '&quot;').trim();
}

/** A tag may not contain white space: Anki separates tags with spaces. */
export function ankiTag(tag: string): string {
  return tag.trim().replace(/\s+/g, '_');
}

/** A deck name on one line; "::" would make Anki nest it under another deck. */
export function ankiDeckName(title: string): string {
  return ankiField(title).replaceAll('::', ':');
}

/** The whole import file: one file for every round, each note in its round's deck (Anki's deck column). */
export function ankiDeck(notes: readonly AnkiNote[]): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    '#columns:GUID\tDeck\tFront\tBack\tTags',
    '#guid column:1',
    '#deck column:2',
    '#tags column:5',
  ];
  const rows = notes.map((note) =>
    [ankiField(note.guid), ankiDeckName(note.deck), ankiField(escapeHtml(note.front)), ankiField(note.back), note.tags.map(ankiTag).join(' ')].join('\t'),
  );
  return `${[...header, ...rows].join('\n')}\n`;
}
