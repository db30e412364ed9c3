// The mock interviews over time, as three small line charts in inline SVG (answers within time, key
// points said, filler words a minute), each with its figures in words, and a table of them all.
// Drawn with DOM calls and CSS classes: no inline style, so the content security policy holds.
import { keyPointShare, type SessionRecord } from '../../lib/interview/session.ts';
import { h } from '../shared/dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 240;
const HEIGHT = 56;
const PAD = 6;

interface Series {
  label: string;
  unit: string;
  /** One value per session, oldest first; null where it has none. */
  values: (number | null)[];
  /** The top of the scale. */
  max: number;
}

const svg = (tag: string, attributes: Record<string, string | number>) => {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
};

const shown = (value: number | null, unit: string) => (value === null ? '–' : `${value}${unit}`);

/** One series: the line, a dot per interview, the scale's top and bottom; the words say the same. */
function lineChart(series: Series): HTMLElement {
  const points = series.values.flatMap((value, i) => {
    if (value === null) return [];
    const x = series.values.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (series.values.length - 1);
    const y = HEIGHT - PAD - (Math.min(value, series.max) / series.max) * (HEIGHT - 2 * PAD);
    return [[x, y] as const];
  });
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'trend-line', 'aria-hidden': 'true', focusable: 'false' });
  chart.append(svg('line', { x1: 0, x2: WIDTH, y1: HEIGHT - PAD, y2: HEIGHT - PAD, class: 'axis' }), svg('polyline', { points: points.map((p) => p.join(',')).join(' '), class: 'line' }));
  for (const [x, y] of points) chart.append(svg('circle', { cx: x, cy: y, r: 3, class: 'dot' }));
  const known = series.values.filter((value): value is number => value !== null);
  const words =
    known.length === 0
      ? 'no figures yet'
      : known.length === 1
        ? shown(known[0]!, series.unit)
        : `${shown(known[0]!, series.unit)} first, ${shown(known.at(-1)!, series.unit)} last`;
  return h('figure', { className: 'trend' }, h('figcaption', {}, h('strong', {}, series.label), `: ${words}`), chart);
}

/** The charts and the table, oldest interview first; `sessions` come newest first. */
export function trendCharts(sessions: readonly SessionRecord[]): HTMLElement {
  const ordered = [...sessions].reverse();
  const series: Series[] = [
    {
      label: 'Answers within time',
      unit: '%',
      values: ordered.map(({ figures }) => (figures.answers ? Math.round((figures.withinTime / figures.answers) * 100) : null)),
      max: 100,
    },
    { label: 'Key points said', unit: '%', values: ordered.map(({ figures }) => keyPointShare(figures) ?? null), max: 100 },
    {
      label: 'Filler words a minute',
      unit: '',
      values: ordered.map(({ figures }) => figures.fillersPerMinute ?? null),
      max: Math.max(4, ...ordered.map(({ figures }) => figures.fillersPerMinute ?? 0)),
    },
  ];
  const date = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  const table = h(
    'table',
    {},
    h('caption', { className: 'visually-hidden' }, 'Your mock interviews, oldest first'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Interview'), ...series.map((s) => h('th', { scope: 'col' }, s.label)))),
    h(
      'tbody',
      {},
      ...ordered.map((session, i) => h('tr', {}, h('th', { scope: 'row' }, date(session.at)), ...series.map((s) => h('td', {}, shown(s.values[i]!, s.unit))))),
    ),
  );
  return h(
    'div',
    { className: 'trends' },
    h('div', { className: 'trend-charts' }, ...series.map(lineChart)),
    h('details', {}, h('summary', {}, 'The figures as a table'), h('div', { className: 'table-scroll', tabIndex: 0, role: 'region', 'aria-label': 'Figures per interview' }, table)),
  );
}
