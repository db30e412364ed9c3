/** Each round's last order among the site's questions: a story downloaded as MDX takes the next one (its editor's and its page's). */
export const lastOrders = (rounds: readonly { id: string }[], questions: readonly { data: { round: string; order: number } }[]): Record<string, number> =>
  Object.fromEntries(rounds.map((round) => [round.id, Math.max(0, ...questions.filter((q) => q.data.round === round.id).map((q) => q.data.order))]));
