// Practice's other orders (weakest first, shuffled), as one build of their own (see
// practice-session.ts), loaded when one is chosen.
export { practiceOrder, shuffle } from '../../lib/practice-order.ts';
