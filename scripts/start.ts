// npm start: the sandbox. Builds the extension, starts the reference backend (QSM's server side, with a
// demo shop in SQLite), and opens Chromium with the extension on the coupon push page at its real
// address, whose requests are answered by the backend. Without a display it keeps the backend running
// and says how to load the extension by hand.
import { execFileSync } from 'node:child_process';
import '../backend/register.ts';

const { portInUse, startServer } = await import('../backend/listen.ts');
const { answerFromSandbox, fixtureUrl, launch } = await import('../test/e2e/harness.ts');

const lang = process.env.QPP_LANG ?? 'zh';
const locales: Record<string, string> = { zh: 'zh-CN', ja: 'ja-JP', en: 'en-US', ko: 'ko-KR' };
const locale = locales[lang] ?? 'en-US';
const port = Number(process.env.QPP_PORT ?? 8787);

// The backend first: a port in use is one line to act on, before minutes of building.
const sandbox = await startServer({
  port,
  dbPath: process.env.QPP_DB ?? '.sandbox/qsm.sqlite',
  reset: process.env.QPP_RESET === '1',
}).catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.error(portInUse(port));
  process.exit(1);
});
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
const page = new URL(`GMKT.INC.Gsm.Web/coupon-push.${lang}.aspx`, sandbox.url).href;
console.log(`
Sandbox QSM (reference backend): ${page}
  collect orders on 配送管理:      ${new URL(`GMKT.INC.Gsm.Web/Delivery/DeliveryManagement.${lang}.aspx`, sandbox.url).href}
           and on クレーム管理:   ${new URL(`GMKT.INC.Gsm.Web/Claim/ClaimManagement.${lang}.aspx`, sandbox.url).href}
  outbox of dispatched pushes:   ${sandbox.url}__sandbox/outbox
  its clock (GET, or POST {"now": "…"}): ${sandbox.url}__sandbox/clock
  data: .sandbox/qsm.sqlite (QPP_RESET=1 seeds the demo shop afresh)`);

const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`
No display here, so no browser was opened; the backend keeps running until Ctrl-C.
The extension is built in .output/chrome-mv3 (\`npm run build\` also makes .output/firefox-mv3):
  Chrome: chrome://extensions → Developer mode → Load unpacked → .output/chrome-mv3
  Firefox: about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv3/manifest.json
It runs on https://qsm.qoo10.jp only; on a machine with a display, npm start points that address
at this backend inside its own Chromium.`);
} else {
  // Linux Chromium takes its UI language from LANGUAGE (--lang alone is ignored there).
  process.env.LANGUAGE = locale.replace('-', '_');
  const harness = await launch({ headed: true, locale, noTranslate: true });
  await answerFromSandbox(harness.context, sandbox.url);
  // The window's first tab shows the form: no spare about:blank beside it.
  await harness.openFixture(`coupon-push.${lang}`, harness.context.pages()[0]);
  console.log(`\nChromium is open on ${fixtureUrl(`coupon-push.${lang}`)} (QPP_LANG=zh|ja|en|ko to switch).`);
  harness.context.on('close', stop);
}
