// <progress-tools>: export, import and reset of what this device keeps (ratings, and rehearsal
// attempts without their audio), sending it to another device, and deleting every recording.
// Loaded on the first click of one of its buttons (src/scripts/lazy.ts); the practice session
// calls its methods.
import { emptyProgress, exportProgress, parseProgress, saveProgress, type Progress } from '../lib/progress.ts';
import { attemptsInFile } from '../lib/rehearsal/attempt.ts';
import { readMessage, saveMessage } from '../lib/rehearsal/messages.ts';
import * as store from '../lib/rehearsal/store.ts';
import { plural } from '../lib/words.ts';
import { download } from './rehearse/dom.ts';
import { collectTransfer } from '../lib/transfer/collect.ts';
import { lazyElement } from './lazy.ts';
import type { SendProgress } from './send-progress.ts';
import sendUrl from './send-progress.ts?worker&url';

/** What the tools change and say; the practice session passes its own. */
export interface ProgressHost {
  current(): Progress;
  replace(progress: Progress): void;
  say(message: string): void;
}

/** Tells an open Rehearse panel that the attempts changed under it. */
const announce = () => document.dispatchEvent(new Event('rehearsals-changed'));

export class ProgressTools extends HTMLElement {
  async exportFile(host: ProgressHost): Promise<void> {
    let attempts: unknown[] = [];
    let note = '';
    try {
      attempts = (await store.listAttempts()).attempts;
    } catch (error) {
      note = ` Only the ratings are in it: ${readMessage(error)}`;
    }
    download(new Blob([exportProgress(host.current(), attempts)], { type: 'application/json' }), `practice-progress-${new Date().toISOString().slice(0, 10)}.json`);
    const withAttempts = attempts.length ? ` with ${plural(attempts.length, 'rehearsal attempt')} (their audio stays on this device)` : '';
    host.say(`Progress exported${withAttempts}.${note}`);
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
    const attempts = attemptsInFile(text);
    if (attempts.length === 0) return host.say(`${ratings}.`);
    try {
      const added = await this.importAttempts(attempts);
      host.say(`${ratings} and ${plural(added, 'new rehearsal attempt')} (without audio).`);
    } catch (error) {
      host.say(`${ratings}. The rehearsal attempts were not imported: ${saveMessage(error).split('.')[0]}.`);
    }
  }

  /** Adds attempt records (audio never travels), all in one transaction; returns how many were new. */
  async importAttempts(values: readonly unknown[]): Promise<number> {
    const added = await store.importAttempts(values);
    announce();
    return added;
  }

  /** Opens or closes the "Send to another device" panel; its code loads on the first opening. */
  async send(host: ProgressHost): Promise<void> {
    const button = this.querySelector('[data-action=send]')!;
    let panel = document.querySelector<SendProgress>('send-progress');
    if (panel && !panel.hidden) {
      panel.hidden = true;
      return button.setAttribute('aria-expanded', 'false');
    }
    let attempts: unknown[] = [];
    let note = '';
    try {
      attempts = (await store.listAttempts()).attempts;
    } catch (error) {
      note = ` Your rehearsal attempts are not in it: ${readMessage(error)}`;
    }
    await lazyElement(sendUrl, 'send-progress');
    panel ??= Object.assign(document.createElement('send-progress') as SendProgress, { id: 'send-panel' });
    await panel.show(collectTransfer(host.current(), attempts), note);
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
    if (!confirm('Delete every recording and rehearsal attempt kept on this device? Ratings are kept.')) return;
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
