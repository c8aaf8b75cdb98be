/** The sandbox's HTTP plumbing: errors with a status, responses, and reading bodies within a limit. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { say } from './messages.ts';

/** Posts larger than this are refused (a banner of 1860×240 px is far smaller). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** The sandbox's own JSON requests ({"now": …}) are a few dozen bytes. */
export const MAX_JSON_BYTES = 4 * 1024;

export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  response.end(body);
}

export const sendHtml = (response: ServerResponse, status: number, html: string) =>
  send(response, status, 'text/html; charset=utf-8', html);
export const sendJson = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, 'application/json; charset=utf-8', `${JSON.stringify(value, null, 2)}\n`);

export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        const mb = Math.round((limit / 1024 / 1024) * 1000) / 1000;
        reject(new HttpError(413, say('en', 'sandbox.error.tooLarge', { limit: mb })));
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Urlencoded or multipart, through the same parser browsers' fetch uses. */
export async function readForm(request: IncomingMessage): Promise<FormData> {
  const body = await readBody(request);
  const type = request.headers['content-type'] ?? 'application/x-www-form-urlencoded';
  try {
    return await new Request('http://sandbox/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: new Uint8Array(body),
    }).formData();
  } catch (error) {
    throw new HttpError(400, say('en', 'sandbox.error.badRequest', { reason: String(error) }));
  }
}

export async function readJson(request: IncomingMessage): Promise<unknown> {
  const body = (await readBody(request, MAX_JSON_BYTES)).toString('utf8');
  try {
    return body.trim() ? JSON.parse(body) : {};
  } catch (error) {
    throw new HttpError(400, say('en', 'sandbox.error.badRequest', { reason: String(error) }));
  }
}

/** A query parameter as a whole number in [min, max], else a 400 that says so; `fallback` when absent. */
export function wholeParam(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = query.get(name);
  if (value === null) return fallback;
  const n = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (n >= min && n <= max) return n;
  const reason = `${name} must be a whole number from ${min} to ${max}`;
  throw new HttpError(400, say('en', 'sandbox.error.badRequest', { reason }));
}

export function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    throw new HttpError(400, say('en', 'sandbox.error.badRequest', { reason: 'malformed path' }));
  }
}
