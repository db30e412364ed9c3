/**
 * A transfer in a link's fragment: "<version>.<data>", the data being the JSON compressed on the
 * device (deflate-raw) and written in base64url, which needs no escaping in a URL. The fragment
 * never reaches a server: browsers do not send it.
 */
import { readTransfer, type Transfer } from './payload.ts';

/** Raise when the payload's shape changes; a site that reads an older version says so. Version 1
 * carried the last rating of each question; 2, every rating and the plan's settings. */
export const TRANSFER_VERSION = 2;

export type Decoded = { ok: true; transfer: Transfer } | { ok: false; problem: 'damaged' | 'newer' };

const through = async (bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream) =>
  new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Throws on anything outside the base64url alphabet (atob would accept some of it). */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[\w-]+$/.test(text)) throw new Error('not base64url');
  return Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0));
}

export async function encodeTransfer(transfer: Transfer): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(transfer));
  return `${TRANSFER_VERSION}.${toBase64Url(await through(json, new CompressionStream('deflate-raw')))}`;
}

/** Reads a fragment (without its "#"); never throws: a damaged link is an answer, not an error. */
export async function decodeTransfer(fragment: string): Promise<Decoded> {
  const [, version, data] = /^(\d+)\.(.*)$/.exec(fragment) ?? [];
  if (Number(version) > TRANSFER_VERSION) return { ok: false, problem: 'newer' };
  try {
    if (!(Number(version) >= 1)) throw new Error('no version');
    const json = new TextDecoder('utf-8', { fatal: true }).decode(await through(fromBase64Url(data!), new DecompressionStream('deflate-raw')));
    const transfer = readTransfer(JSON.parse(json), Number(version));
    if (transfer) return { ok: true, transfer };
  } catch {
    // Cut short, altered or not ours: all the same to the reader.
  }
  return { ok: false, problem: 'damaged' };
}
