import type { IncomingMessage } from 'node:http';

export type FormReading = { readonly ok: true; readonly form: URLSearchParams } | { readonly ok: false; readonly status: 413 | 415 | 400 };

/**
 * Reads a form post (application/x-www-form-urlencoded), refusing a body over `limit` bytes as
 * soon as it says so or grows past it, without reading the rest into memory.
 */
export function readForm(request: IncomingMessage, limit: number): Promise<FormReading> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return Promise.resolve({ ok: false, status: 415 });
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.resolve({ ok: false, status: 413 });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (reading: FormReading): void => {
      if (done) return;
      done = true;
      resolve(reading);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, status: 413 });
        request.removeAllListeners('data');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      finish({ ok: true, form: new URLSearchParams(text) });
    });
    request.on('error', () => finish({ ok: false, status: 400 }));
  });
}
