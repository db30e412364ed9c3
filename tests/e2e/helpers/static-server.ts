import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A static host for the offline tests, as simple as the ones people deploy to: it serves `dir`
 * under `base`, can switch to another build on the same origin (a deploy), and can stop (no network).
 */
export class StaticHost {
  #server: Server | undefined;
  #sockets = new Set<Socket>();
  /** The build being served; change it to deploy another on the same origin. */
  dir: string;
  readonly port: number;
  readonly base: string;
  readonly origin: string;

  constructor(dir: string, port: number, base = '/') {
    this.dir = dir;
    this.port = port;
    this.base = base;
    this.origin = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    this.#server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url!, this.origin).pathname);
      let file = path.startsWith(this.base) ? join(this.dir, path.slice(this.base.length)) : undefined;
      if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file || !existsSync(file)) {
        const notFound = join(this.dir, '404.html');
        response.writeHead(404, { 'Content-Type': TYPES['.html']! });
        response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
        return;
      }
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      response.end(readFileSync(file));
    });
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.#server!.listen(this.port, '127.0.0.1', resolve));
  }

  /** Stops answering at all, as when the network is gone. */
  async stop(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    this.#server = undefined;
  }
}
