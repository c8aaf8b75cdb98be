/**
 * Forwards a request made to QSM's real host to the sandbox, for a browser route handler (Playwright's
 * `context.route('https://qsm.qoo10.jp/**', …)`): same path, method, form body and the headers the
 * sandbox reads; redirects come back pointing at QSM's host, so the browser never leaves it.
 */
export interface ForwardedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array | null;
}

export interface ForwardedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const PASSED_HEADERS = ['content-type', 'referer', 'accept', 'accept-language'];

export async function forwardToSandbox(
  sandboxBase: string,
  request: ForwardedRequest,
): Promise<ForwardedResponse> {
  const original = new URL(request.url);
  const target = new URL(`${original.pathname}${original.search}`, sandboxBase);
  const headers: Record<string, string> = {};
  for (const name of PASSED_HEADERS) {
    const value = request.headers[name];
    if (value) headers[name] = value;
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body;
  const response = await fetch(target, {
    method: request.method,
    headers,
    ...(hasBody ? { body: new Uint8Array(request.body ?? []) } : {}),
    redirect: 'manual',
    signal: AbortSignal.timeout(15_000),
  });
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name === 'content-length' || name === 'connection' || name === 'keep-alive') return;
    out[name] = name === 'location' ? new URL(value, original).href : value;
  });
  return { status: response.status, headers: out, body: Buffer.from(await response.arrayBuffer()) };
}
