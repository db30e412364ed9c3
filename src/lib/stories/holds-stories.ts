/** Whether a stored value of your stories (STORIES_KEY) holds any story: a look at its text, without reading it all or the stories' code. */
export const holdsStories = (stored: string | null): boolean => !!stored?.includes('"id":"mine-');
