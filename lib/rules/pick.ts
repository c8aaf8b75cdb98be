/**
 * When the form's calendar offers a send date: on day D it offers D+1..D+3 (JST), so a date S can be
 * picked from S − 3 days on. Advice that names a date says so when the date is not pickable yet.
 */
import { addJstDays } from '../time/jst';
import { SEND_DAYS_AHEAD } from './codes';

/** The first JST day (YYYY-MM-DD) on which the calendar offers `sendDate`: never before `today`. */
export function pickableFrom(sendDate: string, today: string): string {
  const first = addJstDays(sendDate, -SEND_DAYS_AHEAD.last);
  return first > today ? first : today;
}
