/**
 * A proxy on 127.0.0.1 that forwards nothing: it records every request the browser sends it (plain HTTP
 * and CONNECT tunnels alike) and refuses it. With Chromium pointed at it, any request to another host —
 * from a page, a content script, an extension page or the service worker — lands in its log.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  address: string;
  seen: string[];
  close(): Promise<void>;
}

/** Starts the recording proxy on a free port. */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('refused by the test proxy');
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    address: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
