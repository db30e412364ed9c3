// Export, import and reset of the practice progress, for the practice session.
import { emptyProgress, exportProgress, parseProgress, saveProgress, type Progress } from '../lib/progress.ts';

/** What the tools change and say; the practice session passes its own. */
export interface ProgressHost {
  current(): Progress;
  replace(progress: Progress): void;
  say(message: string): void;
}

export function exportFile(host: ProgressHost): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([exportProgress(host.current())], { type: 'application/json' }));
  link.download = `practice-progress-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  host.say('Progress exported.');
}

export async function importFile(host: ProgressHost, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const parsed = parseProgress(await file.text());
  if (!parsed.ok) return host.say(`“${file.name}” was not imported: ${parsed.error}. Nothing changed.`);
  saveProgress(parsed.progress);
  host.replace(parsed.progress);
  const count = Object.keys(parsed.progress.questions).length;
  host.say(`Imported ratings for ${count} ${count === 1 ? 'question' : 'questions'}.`);
}

export function reset(host: ProgressHost): void {
  if (!confirm('Delete every practice rating kept on this device?')) return;
  saveProgress(emptyProgress());
  host.replace(emptyProgress());
  host.say('Progress reset.');
}
