/** The fixture push form driven the way a seller does it, through the browser-neutral driver. */
import type { Scope, Tab } from '../driver';
import { field, sendDay } from '../form';

export { field, sendDay };

/** Text with the no-break spaces of our time formatting made plain, for comparing with a literal. */
export const plain = (text: string | null) => text?.replaceAll('\u00a0', ' ') ?? null;

export const panel = (inside = '') => `[data-qpp="panel"]${inside ? ` >>> ${inside}` : ''}`;
export const status = panel('[data-qpp="status"]');

export async function chooseType(tab: Scope, type: 'ad' | 'compensation') {
  await tab.click(field(type === 'ad' ? 'rdoTypeAd' : 'rdoTypeComp'));
}

export async function chooseCoupon(tab: Scope, couponNumber: string) {
  await tab.select(field('ddlCoupon'), couponNumber);
}

/**
 * Picks the date from the page's calendar as a seller does. The calendar offers only D+1..D+3, so a
 * date outside it is written into the read-only field the way a form left open overnight keeps one.
 */
export async function setSendAt(tab: Tab, date: string, time: string) {
  await tab.click(field('btnCalendar'));
  const day = `${field('divCalendar')} a[data-date="${date}"]`;
  await tab.waitFor(`${field('divCalendar')} a[data-date]`);
  if ((await tab.count(day)) > 0) {
    await tab.click(day);
  } else {
    await tab.press('Escape');
    await tab.evaluate(
      ({ selector, value }) => {
        const input = document.querySelector(selector) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { selector: field('txtSendDate'), value: date },
    );
  }
  await tab.select(field('ddlSendTime'), time);
}

/** A form every rule accepts: ad type, a coupon valid for weeks, D+2 at 15:00 JST. */
export async function fillValidAdPush(tab: Tab) {
  await chooseType(tab, 'ad');
  await chooseCoupon(tab, '1207384');
  await setSendAt(tab, sendDay(2), '15:00');
}
