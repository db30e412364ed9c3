/** Anything that belongs to a round. */
export interface Rounded {
  id: string;
  data: { round: string; order: number };
}

/** A question as written: its round may be left out while the site has one. */
interface Written {
  id: string;
  data: { round?: string | undefined; order: number };
}

/**
 * The rounds that have questions, and those questions grouped round by round (each group in its
 * own order), each with its round filled in. Both lists come in already ordered; questions of a
 * missing round are left out (the content checker reports them).
 */
export function questionsInRounds<R extends { id: string }, Q extends Written>(rounds: readonly R[], written: readonly Q[]) {
  const only = rounds.length === 1 ? rounds[0]!.id : undefined;
  const questions = written.flatMap((question) => {
    const round = question.data.round ?? only;
    return round ? [{ ...question, data: { ...question.data, round } } as Q & Rounded] : [];
  });
  const kept = rounds.filter((round) => questions.some((question) => question.data.round === round.id));
  return { rounds: kept, questions: kept.flatMap((round) => questions.filter((question) => question.data.round === round.id)) };
}

/** The file name of a round's cheat-sheet PDF: one round keeps today's name. */
export function sheetFileName(round: string, several: boolean): string {
  return several ? `cheat-sheet-${round}.pdf` : 'cheat-sheet.pdf';
}
