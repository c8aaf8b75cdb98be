/** The push form of a QSM fixture, found by the adapter, and the fill plan the form tests fill it with. */
import { findPushForm } from '../../../lib/qsm';
import type { PushForm } from '../../../lib/qsm/types';
import type { FillPlan } from '../../../lib/templates';
import { type LoadedPage, usePages } from '../qsm/page';

/** Opens fixtures (closed after each test, as usePages does) with the push form the adapter finds in them. */
export function useForms(): (name: string) => Promise<{ p: LoadedPage; form: PushForm }> {
  const openPage = usePages();
  return async (name) => {
    const p = await openPage(name);
    const form = findPushForm(p.document);
    if (!form) throw new Error(`no push form in ${name}`);
    return { p, form };
  };
}

/** The fixture's clock is Saturday 2026-11-28 09:00 JST: the calendar offers 11/29..12/01. */
export function fixturePlan(over: Partial<FillPlan> = {}): FillPlan {
  return {
    type: 'ad',
    couponNumber: '1207384',
    items: { mode: 'auto', topN: 8 },
    audiencePeriod: { from: '2026-10-30', to: '2026-11-28' },
    sendDate: '2026-11-30',
    sendTime: '15:30',
    banner: { enabled: true, link: 'item' },
    unmet: [],
    ...over,
  };
}
