/** Drives the fixture push form the way a seller would: through its own controls, by their ids. */
import type { Page } from 'playwright-core';
import { addJstDays, jstDate } from '../../lib/time/jst';

const P = '#ctl00_ContentPlaceHolder1_';
export const field = (id: string) => `${P}${id}`;

/** D+n in JST, in the form's own `YYYY/MM/DD` format. */
export function sendDay(days: number, now = new Date()): string {
  return addJstDays(jstDate(now), days).replaceAll('-', '/');
}

export async function chooseType(page: Page, type: 'ad' | 'compensation') {
  await page.click(field(type === 'ad' ? 'rdoTypeAd' : 'rdoTypeComp'));
}

export async function chooseCoupon(page: Page, couponNumber: string) {
  await page.selectOption(field('ddlCoupon'), couponNumber);
}

/**
 * Picks the date from the page's calendar as a seller does. The calendar offers only D+1..D+3, so a
 * date outside it is written into the read-only field the way a form left open overnight keeps one.
 */
export async function setSendAt(page: Page, date: string, time: string) {
  await page.click(field('btnCalendar'));
  const day = page.locator(`${field('divCalendar')} a[data-date="${date}"]`);
  if ((await day.count()) > 0) {
    await day.click();
  } else {
    await page.keyboard.press('Escape');
    await page.$eval(
      field('txtSendDate'),
      (input, value) => {
        (input as HTMLInputElement).value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      date,
    );
  }
  await page.selectOption(field('ddlSendTime'), time);
}

/** A form every rule accepts: ad type, a coupon valid for weeks, D+2 at 15:00 JST. */
export async function fillValidAdPush(page: Page) {
  await chooseType(page, 'ad');
  await chooseCoupon(page, '1207384');
  await setSendAt(page, sendDay(2), '15:00');
}
