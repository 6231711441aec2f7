/**
 * @fileoverview `tern inspect --serve PORT [FILE]`: the deopt trace page (src/tools/trace-html.ts)
 * over HTTP on 127.0.0.1 only, until Ctrl-C. With a FILE the trace is read again on every request
 * (so a reload shows a trace still being written); without one the page asks for a file and posts
 * it back to be analysed. Routes: `GET /` the page, `GET /trace.json` its data, `POST /trace.json`
 * a trace's text in, its data out.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pageData, traceHtml, type PageData } from '../tools/trace-html.js';
import { analyzeTrace, type TraceFilter } from '../tools/trace-report.js';
import { parseTrace, TraceFormatError } from '../tools/trace-read.js';

/** Largest trace accepted by POST. */
const MAX_UPLOAD = 512 << 20;

/** What the server needs from the command. */
export interface ServeOptions {
  port: number;
  file: string | null;
  filter: TraceFilter;
  /** Reads the file's text; throws an Error whose message is shown to the user. */
  read(file: string): string;
  /** Where the start-up line goes. */
  out(text: string): void;
  /** Resolves when the server should stop (Ctrl-C). */
  stopped: Promise<void>;
}

/** The page data of a trace's text, or the user-facing reason it cannot be read. */
function analyse(text: string, name: string, filter: TraceFilter): PageData | { error: string } {
  try {
    return pageData(analyzeTrace(parseTrace(text, name), filter));
  } catch (e) {
    if (e instanceof TraceFormatError || e instanceof SyntaxError) return { error: e.message };
    throw e;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

/** Serves until `o.stopped` resolves; resolves with the bound port once listening via `onListening`. */
export async function serveTrace(o: ServeOptions, onListening: (port: number) => void = () => {}): Promise<void> {
  const current = (): PageData | { error: string } | null => {
    if (o.file === null) return null;
    try {
      return analyse(o.read(o.file), o.file, o.filter);
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  let port = o.port;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // Only pages opened as 127.0.0.1 or localhost (a page elsewhere that rebinds a name to 127.0.0.1 is refused).
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (host !== '127.0.0.1' && host !== 'localhost') return send(res, 403, 'text/plain', 'forbidden host\n');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      const page = current();
      if (page !== null && 'error' in page) return send(res, 500, 'text/plain', `Error: ${page.error}\n`);
      return send(res, 200, 'text/html', traceHtml(page));
    }
    if (req.method === 'GET' && url.pathname === '/trace.json') {
      const page = current();
      if (page === null) return send(res, 404, 'application/json', JSON.stringify({ error: 'no trace file given; POST one' }));
      return send(res, 'error' in page ? 500 : 200, 'application/json', JSON.stringify(page));
    }
    if (req.method === 'POST' && url.pathname === '/trace.json') {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_UPLOAD) {
          send(res, 413, 'application/json', JSON.stringify({ error: 'trace too large' }));
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => {
        if (size > MAX_UPLOAD) return;
        const result = analyse(Buffer.concat(chunks).toString('utf8'), url.searchParams.get('name') ?? 'uploaded trace', o.filter);
        send(res, 'error' in result ? 400 : 200, 'application/json', JSON.stringify(result));
      });
      return;
    }
    send(res, 404, 'text/plain', 'not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  o.out(`Serving ${o.file ?? 'the deopt trace page (open a file there)'} at http://127.0.0.1:${port}/ (Ctrl-C to stop)\n`);
  onListening(port);
  await o.stopped;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
