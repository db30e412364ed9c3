// What practice loads only once it is wanted, as one build of its own (see practice-session.ts): a
// card's answer, on its first reveal or the first opening of its Rehearse panel; the other orders
// (weakest first, shuffled), when one is chosen.
export { fillAnswer } from './practice-answer.ts';
export { practiceOrder, shuffle } from '../lib/practice-order.ts';
