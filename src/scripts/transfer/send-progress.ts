// <send-progress>: the "Send to another device" panel. Its code, with the QR encoder and the
// compression, loads the first time the panel opens (src/scripts/shared/lazy.ts); the progress tools hand
// it what to send. Everything happens on this device: the link is made here and shown as a QR code.
import { toSvg } from 'lean-qr/extras/svg';
import { generate } from 'lean-qr/nano';
import { encodeTransfer } from '../../lib/transfer/codec.ts';
import type { Transfer } from '../../lib/transfer/payload.ts';
import { linkForQr } from '../../lib/transfer/qr-link.ts';
import { url } from '../../lib/url.ts';
import { listOf, plural } from '../../lib/words.ts';
import { h } from '../shared/dom.ts';

export class SendProgress extends HTMLElement {
  /** Fills the panel for `transfer`; `note` says what could not be put in it. */
  async show(transfer: Transfer, note = ''): Promise<void> {
    const page = new URL(url('import/'), location.href).href;
    const link = async (content: Transfer) => `${page}#${await encodeTransfer(content)}`;
    const full = await link(transfer);
    const qr = await linkForQr(transfer, link);
    const attempts = transfer.attempts.length;
    const sessions = transfer.sessions?.length ?? 0;
    const stories = Object(Object(transfer.stories).stories).length || 0;
    const holds = [
      plural(transfer.reviews.length, 'rating'),
      attempts && `${plural(attempts, 'rehearsal attempt')} (without audio)`,
      sessions && plural(sessions, 'mock interview'),
      stories && plural(stories, 'story of yours', 'stories of yours'),
      Object.keys(transfer.settings).length + Number(!!transfer.sheet) && 'your settings',
    ].filter(Boolean);
    const field = h('input', { type: 'url', readOnly: true, value: full, id: 'send-link' });
    const status = h('p', { role: 'status' });
    const copy = h('button', { type: 'button' }, 'Copy link');
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(full).then(
        () => (status.textContent = 'Link copied.'),
        () => {
          field.select();
          status.textContent = 'This browser would not copy it: the link is selected, copy it from there.';
        },
      );
    });
    field.addEventListener('focus', () => field.select());
    // On phones (and where the system offers it), the share sheet: to send the link the other way.
    const share = !!navigator.share && h('button', { type: 'button' }, 'Share…');
    share && share.addEventListener('click', () => void navigator.share({ url: full }).catch(() => {}));

    const code = qr && toSvg(generate(qr.link), document, { on: '#000', off: '#fff', pad: 4 });
    code?.setAttribute('role', 'img');
    code?.setAttribute('aria-label', 'QR code of the link to your progress');
    const parts = [
      h('h3', {}, 'Send to another device'),
      h('p', {}, `The link below carries ${listOf(holds)}.${note} Scan the code with the other device’s camera, or open the link there: it shows what it holds before anything changes.`),
      code || h('p', {}, 'This is too much for a QR code to carry reliably: copy the link instead.'),
      !!(qr && qr.leftStories) && h('p', {}, `Your ${plural(qr!.leftStories, 'story', 'stories')} would make the code too large to scan: it leaves them out; the link you copy carries them.`),
      !!(qr && qr.left + qr.leftSessions) &&
        h('p', {}, `To stay easy to scan, the code leaves out the oldest: ${listOf([qr!.left && plural(qr!.left, 'rehearsal attempt'), qr!.leftSessions && plural(qr!.leftSessions, 'mock interview')])}; the link you copy carries them all.`),
      h('label', { htmlFor: 'send-link' }, `Link (${full.length.toLocaleString('en')} characters)`),
      h('div', { className: 'copy' }, field, copy, share),
      status,
      h('p', {}, 'Your progress travels inside the link itself and never through a server: anyone who has the link can read your ratings, settings, rehearsal notes and stories.'),
    ];
    this.replaceChildren(...parts.filter((part) => part !== false));
  }
}

customElements.define('send-progress', SendProgress);
