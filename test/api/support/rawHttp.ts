// Sends bytes to a host over a plain socket, as a broken or hostile client would, and reads what comes back.
import net from 'node:net';

export interface RawAnswer {
  /** The status code, or undefined when the host closed without answering. */
  status: number | undefined;
  text: string;
}

/** Writes `request` and resolves with the answer once the host closes the connection (send `Connection: close`). */
export function rawRequest(base: string, request: string | Buffer, timeoutMs = 5000): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(request.toString().slice(0, 80))}`));
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
      resolve({ status: status === undefined ? undefined : Number(status), text });
    });
    socket.write(request);
  });
}

/** Sends headers announcing `announced` body bytes, then `sent` of them, then closes the socket at once. */
export function abortedUpload(base: string, target: string, announced: number, sent: number): Promise<void> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`POST ${target} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n`);
      socket.write(`Content-Length: ${announced}\r\n\r\n${'x'.repeat(sent)}`, () => socket.destroy());
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });
}

/** A GET of `target` that closes afterwards. */
export const getRequest = (target: string): string => `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;
