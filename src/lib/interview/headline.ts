/**
 * A mock interview's headline figures, as tiles show them (the report's, the home page's last
 * interview): each a figure and what it counts. None that nothing measured: key points only where
 * some were checked, pace and filler words only from a transcript.
 */
import { clock } from '../clock.ts';
import { keyPointShare, type SessionRecord } from './session.ts';

export interface Tile {
  figure: string;
  label: string;
}

export function headline({ figures, seconds }: Pick<SessionRecord, 'figures' | 'seconds'>): Tile[] {
  const share = keyPointShare(figures);
  const tiles: (Tile | false)[] = [
    { figure: `${figures.withinTime} of ${figures.answers}`, label: 'answers within time' },
    share !== undefined && { figure: `${share}%`, label: 'of key points said' },
    figures.wpm !== undefined && { figure: String(figures.wpm), label: 'words a minute' },
    figures.fillersPerMinute !== undefined && { figure: String(figures.fillersPerMinute), label: 'filler words a minute' },
    { figure: clock(seconds), label: 'in the room' },
  ];
  return tiles.filter((tile) => tile !== false);
}
