/** Where the choices of story for the bank's unseen questions are kept (choices.ts). A module of its
 * own, so that exporting and sending read them without the code that works with them, and pages
 * without the bank carry none of it. */
export const CHOICES_KEY = 'study:choices';
