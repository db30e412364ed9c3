/** Where this device keeps your stories (stored.ts): apart, so a page can look without the stories' code. */
export const STORIES_KEY = 'study:stories';

/** Whether a stored value holds any story (a look at its text, without reading it all). */
export const holdsStories = (stored: string | null): boolean => !!stored?.includes('"id":"mine-');
