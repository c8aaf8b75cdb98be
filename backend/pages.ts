/**
 * The sandbox's HTML: the fixture push pages (test/fixtures/qsm/) with the server data island filled
 * from the database and the clock, plus the notices and the confirmation page QSM's server answers
 * a post with. Every value from data is escaped; every word comes from the catalogue.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../lib/i18n/index.ts';
import { describeFinding } from '../lib/rules/index.ts';
import type { Finding, PushStatus, PushType } from '../lib/schema.ts';
import { formatJst, JST } from '../lib/time/jst.ts';
import { messageLang, type PageLang, type SandboxKey, say } from './messages.ts';

export const FIXTURES_DIR = fileURLToPath(new URL('../test/fixtures/qsm/', import.meta.url));

const DATA_ISLAND = '<script type="application/json" id="qsmServerData">{}</script>';
const FORM_ACTION = 'action="./CouponPush.aspx"';

export function escapeHtml(value: unknown): string {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** JSON that is safe inside a <script> element (no `</script>`, no `<!--`). */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The data the fixture page's script reads (page.js documents the shapes). */
export interface ServerData {
  now: string;
  shopName: string;
  fans: number;
  coupons: {
    no: string;
    name: string;
    rate?: number;
    yen?: number;
    min: string;
    from: string;
    to: string;
    qstore?: boolean;
  }[];
  history: {
    id: string;
    couponNo: string;
    type: PushType;
    sendAt: string;
    status: PushStatus;
    registered: string;
    recipients: number;
  }[];
}

export interface Notice {
  kind: 'refused' | 'applied' | 'cancel';
  title: string;
  lead?: string;
  lines: { text: string; code?: string; outcome?: string }[];
}

export function readFixture(name: string, dir = FIXTURES_DIR): string | null {
  // Pop-up pages live under /Popup/ in QSM (the order upload window); 配送管理 and クレーム管理 under theirs.
  if (!/^((Popup|Delivery|Claim)\/)?[\w.-]+$/.test(name) || name.includes('..')) return null;
  const file = join(dir, `${name}.html`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function noticeHtml(notice: Notice): string {
  const colour = notice.kind === 'refused' ? '#c00' : '#0a6';
  const lines = notice.lines
    .map((line) => {
      const attrs = [
        line.code ? ` data-server-finding="${escapeHtml(line.code)}"` : '',
        line.outcome ? ` data-outcome="${escapeHtml(line.outcome)}"` : '',
      ].join('');
      return `<li${attrs}>${escapeHtml(line.text)}</li>`;
    })
    .join('');
  return `<div id="qsmServerNotice" class="server_notice" role="alert" data-result="${notice.kind}" style="border:2px solid ${colour};padding:8px 12px;margin:8px 0;background:#fff">
<p style="margin:0 0 4px;font-weight:bold;color:${colour}">${escapeHtml(notice.title)}</p>
${notice.lead ? `<p style="margin:0 0 4px">${escapeHtml(notice.lead)}</p>` : ''}${lines ? `<ul style="margin:0;padding-left:20px">${lines}</ul>` : ''}
</div>`;
}

/**
 * Puts the posted values back into the form after the page's own script ran, as WebForms' ViewState
 * would, firing the events the page listens to so it shows the rows that belong to them.
 */
const RESTORE_SCRIPT = `<script type="text/javascript">
(function () {
  var posted = JSON.parse(document.getElementById('qsmPostedForm').textContent || '{}');
  var form = document.forms.aspnetForm;
  if (!form) return;
  function fire(el, type) { el.dispatchEvent(new Event(type, { bubbles: true })); }
  for (var i = 0; i < form.elements.length; i++) {
    var el = form.elements[i];
    if (!el.name || !Object.prototype.hasOwnProperty.call(posted, el.name)) continue;
    var value = posted[el.name];
    if (el.type === 'radio') {
      if (el.value === value && !el.checked) el.click();
    } else if (el.type === 'checkbox') {
      if (!el.checked) el.click();
    } else if (el.type !== 'file' && el.type !== 'submit' && el.type !== 'button') {
      el.value = value;
      fire(el, 'input');
      fire(el, 'change');
    }
  }
})();
</script>`;

/**
 * The push page in `lang` with the server data in its island. The form posts back to the page itself
 * as multipart (so a banner's bytes reach the server); a notice, if any, sits under the title; posted
 * values, if given, are put back into the form.
 */
export function pushPage(
  template: string,
  lang: PageLang,
  data: ServerData,
  notice: Notice | null,
  posted: Record<string, string> | null = null,
): string {
  if (!template.includes(DATA_ISLAND)) throw new Error('the fixture page has no empty qsmServerData island');
  let html = template.replace(DATA_ISLAND, () => DATA_ISLAND.replace('{}', scriptJson(data)));
  html = html.replace(FORM_ACTION, `action="./coupon-push.${lang}.aspx" enctype="multipart/form-data"`);
  if (notice)
    html = html.replace(/(<h3 class="tit">[^<]*<\/h3>)/, (title) => `${title}\n${noticeHtml(notice)}`);
  if (posted) {
    const island = `<script type="application/json" id="qsmPostedForm">${scriptJson(posted)}</script>`;
    html = html.replace(/<\/body>/, () => `${island}\n${RESTORE_SCRIPT}\n</body>`);
  }
  return html;
}

/** The form's own controls as posted (text values only; the view state and files stay out). */
export function postedControls(form: FormData, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith(prefix) && typeof value === 'string') out[name] = value;
  }
  return out;
}

/** `2026-11-28 10:00 JST` in the page's language. */
export const jstText = (lang: Lang, instant: Date | string) =>
  say(lang, 'time.jst', { time: formatJst(new Date(instant)) });

/** The findings as sentences in the page's language, times in JST (the server knows no seller zone). */
export function findingLines(findings: readonly Finding[], lang: Lang): Notice['lines'] {
  return findings.map((finding) => ({ text: describeFinding(finding, lang, JST), code: finding.code }));
}

export interface Confirmation {
  id: string;
  type: PushType;
  couponNumber: string;
  couponLabel: string;
  sendAt: string;
  cancelDeadline: string;
  cancellable: boolean;
  recipients: number;
  warnings: readonly Finding[];
}

/** The page QSM answers an accepted application with. */
export function confirmationPage(pageLang: PageLang, css: string, push: Confirmation): string {
  const lang = messageLang(pageLang);
  const row = (key: SandboxKey, value: string, name: string) =>
    `<tr data-field="${name}"><th>${escapeHtml(say(lang, key))}</th><td>${escapeHtml(value)}</td></tr>`;
  const warnings = push.warnings.length
    ? `<p>${escapeHtml(say(lang, 'sandbox.applied.warnings'))}</p><ul>${findingLines(push.warnings, lang)
        .map((line) => `<li data-server-finding="${escapeHtml(line.code)}">${escapeHtml(line.text)}</li>`)
        .join('')}</ul>`
    : '';
  const htmlLang = { zh: 'zh-CN', ja: 'ja', en: 'en', ko: 'ko' }[pageLang];
  return `<!DOCTYPE html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(say(lang, 'sandbox.applied.title'))} - J·QSM</title>
<style>
${css}</style>
</head>
<body>
<div id="header"><span class="logo">J·QSM</span></div>
<div class="content" id="qsmServerResult" data-result="applied" data-push-id="${escapeHtml(push.id)}">
<h3 class="tit">${escapeHtml(say(lang, 'sandbox.applied.title'))}</h3>
<p>${escapeHtml(say(lang, 'sandbox.applied.lead', { id: push.id }))}</p>
<table class="tbl_write"><tbody>
${row('sandbox.field.id', push.id, 'id')}
${row('sandbox.field.type', say(lang, push.type === 'ad' ? 'type.ad' : 'type.compensation'), 'type')}
${row('sandbox.field.coupon', `${push.couponLabel} (${push.couponNumber})`, 'coupon')}
${row('sandbox.field.sendAt', jstText(lang, push.sendAt), 'sendAt')}
${row('sandbox.field.cancelDeadline', jstText(lang, push.cancelDeadline), 'cancelDeadline')}
${row('sandbox.field.recipients', String(push.recipients), 'recipients')}
</tbody></table>
${push.cancellable ? '' : `<p class="note red">${escapeHtml(say(lang, 'sandbox.applied.noCancel'))}</p>`}
${warnings}
<div class="btn_area"><a class="btn btn_big" href="./coupon-push.${pageLang}.aspx">${escapeHtml(say(lang, 'sandbox.back'))}</a></div>
</div>
</body>
</html>
`;
}
