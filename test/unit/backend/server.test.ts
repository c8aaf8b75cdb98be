import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { ResolveFnOutput, ResolveHookContext } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../../backend/listen.ts';
import { resolveExtensionless } from '../../../backend/resolve.ts';
import { sandbox } from '../../../lib/i18n/sandbox.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('resolveExtensionless', () => {
  const parent = 'file:///repo/lib/rules/check.ts';
  const context = (parentURL?: string): ResolveHookContext => ({
    conditions: ['node', 'import'],
    importAttributes: {},
    parentURL,
  });
  /** A resolver that knows only these files, the way Node's own fails on anything else. */
  const nodeKnowing =
    (...files: string[]) =>
    (specifier: string, ctx?: Partial<ResolveHookContext>): ResolveFnOutput => {
      if (!specifier.startsWith('.')) return { url: `package:${specifier}`, format: 'module' };
      const url = new URL(specifier, ctx?.parentURL ?? 'file:///').href;
      if (files.includes(url)) return { url, format: 'module' };
      throw Object.assign(new Error(`Cannot find ${url}`), { code: 'ERR_MODULE_NOT_FOUND' });
    };

  it('adds .ts to an extensionless relative import from a .ts file', () => {
    const next = nodeKnowing('file:///repo/lib/schema.ts');
    expect(resolveExtensionless('../schema', context(parent), next).url).toBe('file:///repo/lib/schema.ts');
  });

  it('falls back to the folder index', () => {
    const next = nodeKnowing('file:///repo/lib/i18n/index.ts');
    expect(resolveExtensionless('../i18n', context(parent), next).url).toBe('file:///repo/lib/i18n/index.ts');
  });

  it('leaves packages, imports with extensions and imports from JavaScript to Node', () => {
    const next = nodeKnowing('file:///repo/lib/time.ts');
    expect(resolveExtensionless('zod', context(parent), next).url).toBe('package:zod');
    expect(resolveExtensionless('../time.ts', context(parent), next).url).toBe('file:///repo/lib/time.ts');
    expect(() => resolveExtensionless('./time', context('file:///repo/lib/x.js'), next)).toThrow(
      /Cannot find/,
    );
  });

  it("reports Node's own error when no candidate exists", () => {
    expect(() => resolveExtensionless('./missing', context(parent), nodeKnowing())).toThrow(
      'Cannot find file:///repo/lib/rules/missing',
    );
  });
});

describe('the sandbox catalogue', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(['ja', 'zh'] as const)('%s has every English key with the same placeholders', (lang) => {
    expect(Object.keys(sandbox[lang]).sort()).toEqual(Object.keys(sandbox.en).sort());
    for (const [key, text] of Object.entries(sandbox.en)) {
      const translated: string = sandbox[lang][key as keyof typeof sandbox.en];
      expect(translated.trim(), key).not.toBe('');
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });
});

describe('node backend/server.ts', () => {
  it('starts under plain Node 22, seeds, serves the push page and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--no-warnings', 'backend/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, QPP_PORT: '0', QPP_DB: ':memory:' },
      timeout: 20_000,
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const found = /(http:\/\/127\.0\.0\.1:\d+\/)\S*coupon-push\.zh\.aspx/.exec(out);
          if (found?.[1]) resolve(found[1]);
        });
        child.stderr.on('data', (chunk) => {
          out += chunk;
        });
        child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
      });
      const page = await fetch(`${url}GMKT.INC.Gsm.Web/coupon-push.ja.aspx`, {
        signal: AbortSignal.timeout(5000),
      });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('"shopName":"Qoo10 サンプルショップ"');
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30_000);
});

describe('startServer', () => {
  it('keeps a file database across restarts, and seeds it afresh when asked to reset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qpp-listen-'));
    const dbPath = join(dir, 'qsm.sqlite');
    const pushIds = async (url: string) => {
      const response = await fetch(`${url}__sandbox/pushes`, { signal: AbortSignal.timeout(5000) });
      return ((await response.json()) as { pushes: { id: string }[] }).pushes.map((push) => push.id);
    };
    try {
      const first = await startServer({ dbPath, dispatchEveryMs: 0 });
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const seeded = await pushIds(first.url);
      const N = 'ctl00$ContentPlaceHolder1$';
      const tomorrow = new Date(first.clock.now().getTime() + 2 * 86_400_000);
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' })
        .format(tomorrow)
        .replaceAll('-', '/');
      const applied = await fetch(`${first.url}GMKT.INC.Gsm.Web/coupon-push.en.aspx`, {
        method: 'POST',
        body: new URLSearchParams({
          [`${N}PushType`]: 'rdoTypeAd',
          [`${N}ddlCoupon`]: '1207384',
          [`${N}ddlGoodsTopN`]: '4',
          [`${N}txtSendDate`]: day,
          [`${N}ddlSendTime`]: '21:00',
        }),
        signal: AbortSignal.timeout(5000),
      });
      expect(applied.status).toBe(200);
      await first.close();

      const second = await startServer({ dbPath, dispatchEveryMs: 0 });
      expect(await pushIds(second.url)).toHaveLength(seeded.length + 1);
      await second.close();

      const third = await startServer({ dbPath, dispatchEveryMs: 0, reset: true });
      expect((await pushIds(third.url)).sort()).toEqual([...seeded].sort());
      await third.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
