// npm start: builds the extension, then opens the fixture push page at its QSM address in Chromium with
// the extension loaded (when this machine has a display), or says how to load the build by hand.
import { execFileSync } from 'node:child_process';
import { launch } from '../test/e2e/harness.ts';

const lang = process.env.QPP_LANG ?? 'zh';
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`
Built: .output/chrome-mv3 (Chrome, Edge) — \`npm run build\` also makes .output/firefox-mv2.
No display here, so no browser was opened. To try it:
  Chrome: chrome://extensions → Developer mode → Load unpacked → choose .output/chrome-mv3
  Firefox: about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv2/manifest.json
then open the coupon push page in J·QSM (Advertising > Seller promotion > Coupon push).`);
  process.exit(0);
}

const harness = await launch({
  headed: true,
  locale: lang === 'zh' ? 'zh-CN' : lang === 'ja' ? 'ja-JP' : 'en-US',
});
await harness.openFixture(`coupon-push.${lang}`);
console.log(
  'Chromium is open on the sandbox push page (QPP_LANG=zh|ja|en to switch). Close the window to stop.',
);
harness.context.on('close', () => process.exit(0));
