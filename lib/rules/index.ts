/** The rules engine: findings for a push draft, the weekly limit, and findings as sentences. */
export { type CheckContext, checkPush } from './check';
export {
  BANNER,
  FIELD_ORDER,
  FINDING_CODES,
  type FindingCode,
  ITEMS,
  SEND_DAYS_AHEAD,
  SEND_TIME,
} from './codes';
export {
  describeFinding,
  describeFindingParts,
  fieldLabel,
  severityLabel,
} from './describe';
export { findWeeklyConflict, type WeeklyQuota, type WeekWindow, weeklyQuota, weekOf } from './week';
