/**
 * 配送管理 (/Delivery/DeliveryManagement.aspx) and クレーム管理 (/Claim/ClaimManagement.aspx), told by
 * their page's address: the one stable thing the portal offers, and a test the loader's probe can
 * afford on every QSM page (its own module, so the loader bundles nothing more).
 */
import type { CollectSource } from '../collect/list';

/** The pages by file name; a language suffix is allowed, as the fixtures have (`DeliveryManagement.ja.aspx`). */
const PAGE_PATHS: [RegExp, CollectSource][] = [
  [/\/DeliveryManagement(\.[a-z]{2})?\.aspx$/i, 'delivery'],
  [/\/ClaimManagement(\.[a-z]{2})?\.aspx$/i, 'claim'],
];

/** Which order page a document is, by its address; null for any other page. */
export function ordersPageOf(doc: Document): CollectSource | null {
  const path = doc.location?.pathname ?? '';
  for (const [pattern, source] of PAGE_PATHS) if (pattern.test(path)) return source;
  return null;
}
