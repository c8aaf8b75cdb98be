import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardToSandbox } from '../../../backend/proxy.ts';

/** A stand-in sandbox that echoes what reached it. */
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/go') {
        response.writeHead(302, { location: '/GMKT.INC.Gsm.Web/coupon-push.zh.aspx' }).end();
        return;
      }
      response.writeHead(201, { 'content-type': 'application/json', 'x-extra': 'yes' });
      response.end(
        JSON.stringify({
          method: request.method,
          url: request.url,
          type: request.headers['content-type'] ?? null,
          referer: request.headers.referer ?? null,
          cookie: request.headers.cookie ?? null,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('forwardToSandbox', () => {
  it('keeps the path, query, method, form body and the headers the sandbox reads', async () => {
    const answer = await forwardToSandbox(base, {
      url: 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/coupon-push.ja.aspx?x=1',
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        referer: 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/coupon-push.ja.aspx',
        cookie: 'session=secret',
      },
      body: new TextEncoder().encode('a=1&b=2'),
    });
    expect(answer.status).toBe(201);
    expect(answer.headers['x-extra']).toBe('yes');
    expect(answer.headers['content-length']).toBeUndefined();
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({
      method: 'POST',
      url: '/GMKT.INC.Gsm.Web/coupon-push.ja.aspx?x=1',
      type: 'application/x-www-form-urlencoded',
      referer: 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/coupon-push.ja.aspx',
      cookie: null,
      body: 'a=1&b=2',
    });
  });

  it('points redirects back at QSM’s host', async () => {
    const answer = await forwardToSandbox(base, {
      url: 'https://qsm.qoo10.jp/go',
      method: 'GET',
      headers: {},
    });
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe('https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/coupon-push.zh.aspx');
  });
});
