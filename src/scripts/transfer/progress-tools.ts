// <progress-tools>: export, import and reset of what this device keeps (ratings, and rehearsal
// attempts without their audio), sending it to another device, and deleting every recording.
// Loaded on the first click of one of its buttons (src/scripts/shared/lazy.ts); the practice session
// calls its methods.
import { emptyProgress, saveProgress, type Progress } from '../../lib/progress.ts';
import { exportProgress } from '../../lib/progress-export.ts';
import { PLAN_KEY } from '../../lib/kept/keys.ts';
import { readItem } from '../../lib/storage.ts';
import { listSessions } from '../../lib/interview/session-list.ts';
import { readMessage, saveMessage } from '../../lib/rehearsal/messages.ts';
import * as store from '../../lib/rehearsal/store.ts';
import { listOf, plural } from '../../lib/words.ts';
import { announceRehearsals, download } from '../shared/dom.ts';
import { collectTransfer } from '../../lib/transfer/collect.ts';
import type { SendProgress } from './send-progress.ts';

/** What the tools change and say; the practice session passes its own. */
export interface ProgressHost {
  current(): Progress;
  /** The tools have written the ratings (an import, a reset): read them again. */
  replace(): void;
  say(message: string): void;
}


/** Every attempt and mock interview record on this device, or a sentence saying why they are not in what is made. */
async function stored(what: string): Promise<{ attempts: unknown[]; sessions: unknown[]; note: string }> {
  try {
    const [{ attempts }, { sessions }] = await Promise.all([store.listAttempts(), listSessions()]);
    return { attempts, sessions, note: '' };
  } catch (error) {
    return { attempts: [], sessions: [], note: ` ${what} ${readMessage(error)}` };
  }
}

/** "2 rehearsal attempts", "1 mock interview": what is not none. */
const records = (attempts: number, sessions: number) => [attempts && plural(attempts, 'rehearsal attempt'), sessions && plural(sessions, 'mock interview')];

export class ProgressTools extends HTMLElement {
  async exportFile(host: ProgressHost): Promise<void> {
    const { attempts, sessions, note } = await stored('Only the ratings are in it:');
    download(
      // Gathered as a link's content is (the plan, the choices of story, your stories); the file takes what it keeps.
      new Blob([exportProgress(host.current(), collectTransfer(host.current(), attempts, sessions))], { type: 'application/json' }),
      `practice-progress-${new Date().toISOString().slice(0, 10)}.json`,
    );
    const withRecords = attempts.length + sessions.length ? ` with ${listOf(records(attempts.length, sessions.length))} (their audio stays on this device)` : '';
    host.say(`Progress exported${withRecords}.${note}`);
  }

  /** Merges an exported file into this device's progress (its plan's dates only where this device has none). */
  async importFile(host: ProgressHost, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { fileTransfer, takeTransfer } = await import('./take-progress.ts');
    const read = fileTransfer(await file.text(), readItem(PLAN_KEY) !== null);
    if ('error' in read) return host.say(`“${file.name}” was not imported: ${read.error}. Nothing changed.`);
    const taken = await takeTransfer(read.transfer, read.takePlan);
    if (!taken.ok) return host.say(`Nothing was imported: ${taken.error ? saveMessage(taken.error).split('.')[0] : 'this device would not save it (its storage is full or turned off)'}.`);
    host.replace();
    const carried = read.transfer.attempts.length + (read.transfer.sessions?.length ?? 0);
    host.say(`Imported ${taken.summary}${read.takePlan ? ', and the study plan’s dates' : ''}${carried ? ' (without audio)' : ''}.`);
  }

  /** Opens or closes the "Send to another device" panel; its code loads on the first opening. */
  async send(host: ProgressHost): Promise<void> {
    const button = this.querySelector('[data-tool=send]')!;
    let panel = document.querySelector<SendProgress>('send-progress');
    if (panel && !panel.hidden) {
      panel.hidden = true;
      return button.setAttribute('aria-expanded', 'false');
    }
    const { attempts, sessions, note } = await stored('Your rehearsal attempts and mock interviews are not in it:');
    await import('./send-progress.ts');
    panel ??= Object.assign(document.createElement('send-progress') as SendProgress, { id: 'send-panel' });
    await panel.show(collectTransfer(host.current(), attempts, sessions), note);
    this.after(panel);
    panel.hidden = false;
    button.setAttribute('aria-controls', panel.id);
    button.setAttribute('aria-expanded', 'true');
  }

  reset(host: ProgressHost): void {
    if (!confirm('Delete every practice rating kept on this device? (Recordings are kept.)')) return;
    saveProgress(emptyProgress());
    host.replace();
    host.say('Progress reset.');
  }

  async deleteRecordings(host: ProgressHost): Promise<void> {
    if (!confirm('Delete every recording, rehearsal attempt and mock interview kept on this device? Ratings are kept.')) return;
    try {
      await store.deleteAll();
      announceRehearsals();
      host.say('All recordings deleted.');
    } catch (error) {
      host.say(`Nothing was deleted: ${readMessage(error)}`);
    }
  }
}

customElements.define('progress-tools', ProgressTools);
