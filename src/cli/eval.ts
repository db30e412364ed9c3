// `npm run eval`: the analysis measured against the labelled set (tests/fixtures/eval/, read by
// eval-set.ts) with the site's own code: the parts found from the words (partsFromWords), the key
// points heard (analyseTranscript) and the signals (spokenSignals). Prints every figure for the dev
// split, the test split and all, then keeps them in docs/reference/figures.json and its table.
// `--detail` also lists what the dev answers got wrong (never the test split's: develop on dev);
// `--dev` prints the dev split's figures only and keeps nothing.
import { partsFromWords, type Piece } from '../lib/rehearsal/parts-from-words.ts';
import { analyseTranscript } from '../lib/rehearsal/transcript.ts';
import { hedgePhrases } from '../lib/signals/hedges.ts';
import { lengthVerdict, spokenSignals } from '../lib/signals/signals.ts';
import { countWords } from '../lib/speaking-time.ts';
import { readEvalSet, type EvalAnswer, type EvalSet, type EvalStory, type Split } from './eval-set.ts';
import { EVAL_THRESHOLDS, SIGNAL_NAMES, type EvalFigures, type EvalScores, type PrecisionRecall, type SignalName } from './eval-scores.ts';
import { recordFigures, today } from './figures.ts';
import { PROJECT_ROOT } from './project-root.ts';

/** Counts of a yes/no finding against its label. */
class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  add(found: boolean, labelled: boolean) {
    if (found && labelled) this.tp++;
    else if (found) this.fp++;
    else if (labelled) this.fn++;
  }
  /** Nothing claimed (or nothing to find) counts as nothing wrong. */
  get scores(): PrecisionRecall {
    return { precision: this.tp + this.fp ? this.tp / (this.tp + this.fp) : 1, recall: this.tp + this.fn ? this.tp / (this.tp + this.fn) : 1 };
  }
}

/** The pieces with their times: as labelled, or spread over the answer's seconds by their words. */
export function timedPieces({ pieces, seconds }: EvalAnswer): Required<Piece>[] {
  if (pieces.every((piece) => piece.at !== undefined)) return pieces.map(({ text, at }) => ({ text, at: at! }));
  const words = pieces.map((piece) => countWords(piece.text));
  const total = words.reduce((sum, n) => sum + n, 0) || 1;
  let before = 0;
  return pieces.map(({ text }, i) => {
    const at = (seconds * before) / total;
    before += words[i]!;
    return { text, at };
  });
}

/** Each piece's share of the answer's time: to the next piece, or the end. */
const durations = (pieces: readonly Required<Piece>[], seconds: number) => pieces.map((piece, i) => Math.max(0, (pieces[i + 1]?.at ?? seconds) - piece.at));

/** One answer measured: what was found, and what the label says. */
export interface AnswerResult {
  answer: EvalAnswer;
  /** Each part's share, labelled and found (0–1). */
  shares: { labelled: number[]; found: number[] };
  /** Each piece's part found (-1: none). */
  found: number[];
  keyPoints: boolean[];
  signals: Record<Exclude<SignalName, 'hedge-quotes'>, boolean>;
  hedges: string[];
}

export function measureAnswer(answer: EvalAnswer, story: EvalStory): AnswerResult {
  const pieces = timedPieces(answer);
  const split = partsFromWords(pieces, story.texts, answer.seconds);
  const found = pieces.map(() => -1);
  if (split.verdict === 'parts') {
    let at = 0;
    pieces.forEach((piece, i) => {
      if (piece.text.trim()) found[i] = split.assigned[at++]!;
    });
  }
  const time = durations(pieces, answer.seconds);
  const labelled = [0, 1, 2, 3].map((part) => pieces.reduce((sum, _, i) => sum + (answer.pieces[i]!.part === part ? time[i]! : 0), 0) / answer.seconds);
  const shares = { labelled, found: split.verdict === 'parts' ? split.parts.map((part) => part.share) : [0, 0, 0, 0] };
  const transcript = pieces.map((piece) => piece.text).join(' ');
  const keyPoints = analyseTranscript(transcript, answer.seconds, story.keyPoints).keyPoints;
  const said = spokenSignals({ pieces, assigned: found, seconds: answer.seconds, target: answer.target, labels: story.labels });
  // A part with no words is not judged: an action not told is not told with "we"; a result not told has no figure.
  const ok = (rule: string, unsaid = true) => said.find((signal) => signal.rule === rule)?.ok ?? unsaid;
  return {
    answer,
    shares,
    found,
    keyPoints,
    signals: { ownership: !ok('ownership'), 'result-figure': ok('result-figure', false), hedging: !ok('hedging'), lesson: ok('lesson'), length: !ok('length') },
    hedges: pieces.flatMap((piece) => hedgePhrases(piece.text)),
  };
}

/** What each signal's label says, as the signal reports it (true: the thing it looks for is there). */
function labelled(answer: EvalAnswer): Record<Exclude<SignalName, 'hedge-quotes'>, boolean> {
  const { signals, seconds, target } = answer;
  return { ownership: signals.ownership !== 'i', 'result-figure': signals.resultFigure, hedging: signals.hedges.length > 0, lesson: signals.lesson, length: lengthVerdict(seconds, target) !== 'ok' };
}

/** Found phrases against labelled ones, each phrase as often as it occurs. */
function tallyPhrases(tally: Tally, found: readonly string[], wanted: readonly string[]) {
  const left = wanted.map((phrase) => phrase.toLowerCase());
  for (const phrase of found) {
    const i = left.indexOf(phrase);
    if (i >= 0) {
      left.splice(i, 1);
      tally.add(true, true);
    } else tally.add(true, false);
  }
  for (const _ of left) tally.add(false, true);
}

export function scoreResults(results: readonly AnswerResult[]): EvalScores {
  let error = 0;
  let right = 0;
  let pieces = 0;
  const keyPoints = new Tally();
  const tallies = Object.fromEntries(SIGNAL_NAMES.map((name) => [name, new Tally()])) as Record<SignalName, Tally>;
  for (const result of results) {
    const { answer } = result;
    error += result.shares.labelled.reduce((sum, share, i) => sum + Math.abs(share - result.shares.found[i]!), 0) / 4;
    answer.pieces.forEach((piece, i) => {
      pieces++;
      if (result.found[i] === piece.part) right++;
    });
    result.keyPoints.forEach((said, i) => keyPoints.add(said, answer.keyPoints.includes(i)));
    const wanted = labelled(answer);
    for (const name of SIGNAL_NAMES) if (name !== 'hedge-quotes') tallies[name].add(result.signals[name], wanted[name]);
    tallyPhrases(tallies['hedge-quotes'], result.hedges, answer.signals.hedges);
  }
  const n = results.length || 1;
  return {
    answers: results.length,
    partsError: (error / n) * 100,
    piecesRight: pieces ? right / pieces : 0,
    keyPoints: keyPoints.scores,
    signals: Object.fromEntries(SIGNAL_NAMES.map((name) => [name, tallies[name].scores])) as Record<SignalName, PrecisionRecall>,
  };
}

export function measureSet({ answers, stories }: EvalSet): { results: AnswerResult[]; figures: EvalFigures } {
  const results = answers.map((answer) => measureAnswer(answer, stories.get(answer.story)!));
  const of = (split?: Split) => scoreResults(results.filter((result) => !split || result.answer.split === split));
  return { results, figures: { dev: of('dev'), test: of('test'), all: of() } };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const fixed = (value: number) => value.toFixed(2);

/** The figures as a table for the terminal. */
export function report(figures: EvalFigures, splits: readonly (keyof EvalFigures)[] = ['dev', 'test', 'all']): string {
  const columns = splits.map((split) => figures[split]);
  const row = (what: string, value: (scores: EvalScores) => string, limit = '') => `${what.padEnd(30)}${columns.map((scores) => value(scores).padStart(8)).join('')}   ${limit}`;
  const { partsError, piecesRight, precision, recall } = EVAL_THRESHOLDS;
  return [
    `${''.padEnd(30)}${splits.map((split) => split.padStart(8)).join('')}   threshold (all)`,
    row('answers', (s) => String(s.answers)),
    row('parts: mean error (points)', (s) => s.partsError.toFixed(1), `≤ ${partsError}`),
    row('parts: pieces placed right', (s) => percent(s.piecesRight), `≥ ${percent(piecesRight)}`),
    row('key points: precision', (s) => fixed(s.keyPoints.precision), `≥ ${precision}`),
    row('key points: recall', (s) => fixed(s.keyPoints.recall), `≥ ${recall}`),
    ...SIGNAL_NAMES.flatMap((name) => [
      row(`${name}: precision`, (s) => fixed(s.signals[name].precision), `≥ ${precision}`),
      row(`${name}: recall`, (s) => fixed(s.signals[name].recall), `≥ ${recall}`),
    ]),
  ].join('\n');
}

/** What a dev answer got wrong, to work from. */
function detail(result: AnswerResult, story: EvalStory): string {
  const { answer } = result;
  const lines = [`${answer.id} (${answer.style}): labelled ${result.shares.labelled.map(percent).join(' ')}, found ${result.shares.found.map(percent).join(' ')}`];
  answer.pieces.forEach((piece, i) => {
    if (result.found[i] !== piece.part) lines.push(`  piece ${i}: labelled ${piece.part}, found ${result.found[i]}: ${piece.text}`);
  });
  result.keyPoints.forEach((said, i) => {
    if (said !== answer.keyPoints.includes(i)) lines.push(`  key point ${i} ${said ? 'found, not said' : 'said, not found'}: ${story.keyPoints[i]}`);
  });
  const wanted = labelled(answer);
  for (const [name, value] of Object.entries(result.signals)) if (value !== wanted[name as keyof typeof wanted]) lines.push(`  ${name}: found ${value}, labelled ${!value}`);
  const hedges = [...answer.signals.hedges].sort().join(', ');
  if ([...result.hedges].sort().join(', ') !== hedges) lines.push(`  hedges: found [${result.hedges.join(', ')}], labelled [${hedges}]`);
  return lines.length > 1 ? lines.join('\n') : '';
}

if (import.meta.main) {
  const set = readEvalSet(PROJECT_ROOT);
  const { results, figures } = measureSet(set);
  if (process.argv.includes('--detail')) {
    for (const result of results) {
      if (result.answer.split !== 'dev') continue;
      const text = detail(result, set.stories.get(result.answer.story)!);
      if (text) console.log(text);
    }
    console.log('');
  }
  // While developing: the dev split's figures only, and nothing kept.
  const dev = process.argv.includes('--dev');
  console.log(report(figures, dev ? ['dev'] : undefined));
  if (!dev && !process.argv.includes('--no-write')) {
    recordFigures({ eval: { measured: today(), ...figures } });
    console.log('\nKept in docs/reference/figures.json and its table (docs/reference/figures.md).');
  }
}
