// What practice loads only once it is wanted, as one build of its own (see practice-session.ts): a
// card's answer, on its first reveal or the first opening of its Rehearse panel; and the ratings
// shared with every other tab (shared-value.ts), for the first rating, which always follows a reveal.
export { fillAnswer } from './practice-answer.ts';
export { shareValue } from '../../lib/shared-value.ts';
