// <progress-tools>: export, import and reset of what this device keeps (ratings, and rehearsal
// attempts without their audio), sending it to another device, and deleting every recording.
// Loaded on the first click of one of its buttons (src/scripts/lazy.ts); the practice session
// calls its methods.
import { emptyProgress, exportProgress, parseProgress, saveProgress, type Progress } from '../lib/progress.ts';
import { listInFile } from '../lib/json.ts';
import { readMessage, saveMessage } from '../lib/rehearsal/messages.ts';
import { importRecords, listSessions } from '../lib/rehearsal/sessions.ts';
import * as store from '../lib/rehearsal/store.ts';
import { listOf, plural } from '../lib/words.ts';
import { download } from './rehearse/dom.ts';
import { collectTransfer } from '../lib/transfer/collect.ts';
import type { SendProgress } from './send-progress.ts';

/** What the tools change and say; the practice session passes its own. */
export interface ProgressHost {
  current(): Progress;
  replace(progress: Progress): void;
  say(message: string): void;
}

/** Tells an open Rehearse panel that the attempts changed under it. */
const announce = () => document.dispatchEvent(new Event('rehearsals-changed'));

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
const records = (attempts: number, sessions: number, fresh = '') => [attempts && plural(attempts, `${fresh}rehearsal attempt`), sessions && plural(sessions, `${fresh}mock interview`)];

export class ProgressTools extends HTMLElement {
  async exportFile(host: ProgressHost): Promise<void> {
    const { attempts, sessions, note } = await stored('Only the ratings are in it:');
    download(
      new Blob([exportProgress(host.current(), { attempts, sessions })], { type: 'application/json' }),
      `practice-progress-${new Date().toISOString().slice(0, 10)}.json`,
    );
    const withRecords = attempts.length + sessions.length ? ` with ${listOf(records(attempts.length, sessions.length))} (their audio stays on this device)` : '';
    host.say(`Progress exported${withRecords}.${note}`);
  }

  async importFile(host: ProgressHost, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    const parsed = parseProgress(text);
    if (!parsed.ok) return host.say(`“${file.name}” was not imported: ${parsed.error}. Nothing changed.`);
    saveProgress(parsed.progress);
    host.replace(parsed.progress);
    const ratings = `Imported ratings for ${plural(Object.keys(parsed.progress.questions).length, 'question')}`;
    const attempts = listInFile(text, 'attempts');
    const sessions = listInFile(text, 'sessions');
    if (attempts.length + sessions.length === 0) return host.say(`${ratings}.`);
    try {
      const added = await this.importRecords(attempts, sessions);
      const fresh = records(added.attempts, added.sessions, 'new ');
      host.say(`${listOf([ratings, ...(fresh.some(Boolean) ? fresh : ['no new rehearsal attempts'])])} (without audio).`);
    } catch (error) {
      host.say(`${ratings}. The rehearsal attempts were not imported: ${saveMessage(error).split('.')[0]}.`);
    }
  }

  /** Adds attempt and mock interview records (audio never travels), all in one transaction; returns how many were new. */
  async importRecords(attempts: readonly unknown[], sessions: readonly unknown[] = []): Promise<{ attempts: number; sessions: number }> {
    const added = await importRecords(attempts, sessions);
    announce();
    return added;
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
    host.replace(emptyProgress());
    host.say('Progress reset.');
  }

  async deleteRecordings(host: ProgressHost): Promise<void> {
    if (!confirm('Delete every recording, rehearsal attempt and mock interview kept on this device? Ratings are kept.')) return;
    try {
      await store.deleteAll();
      announce();
      host.say('All recordings deleted.');
    } catch (error) {
      host.say(`Nothing was deleted: ${readMessage(error)}`);
    }
  }
}

customElements.define('progress-tools', ProgressTools);
