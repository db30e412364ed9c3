// The command that starts a story for a bank question no story covers: the scaffold with the
// question's topics filled in, and a title made from its id (the writer changes it at will).

export function storyTitle(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function newStoryCommand(id: string, topics: readonly string[]): string {
  return `npm run new -- --topics ${topics.join(',')} "${storyTitle(id)}"`;
}
