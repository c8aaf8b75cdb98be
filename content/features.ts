/**
 * Every feature of the content script, in the order they start. The collect bar of 配送管理 and
 * クレーム管理 is not here: it starts from its own bundle (start-collect.ts). Add a feature by writing one module
 * in features/ that exports a `Feature`, and listing it here.
 */
import type { Feature } from './feature';
import { applyGuard } from './features/apply-guard';
import { banner } from './features/banner';
import { bannerFit } from './features/banner-fit';
import { coverageFeature } from './features/coverage/index';
import { fieldFindings } from './features/field-findings';
import { historyCountdown } from './features/history-countdown';
import { learnWordsFeature } from './features/learn-words/index';
import { orderConverter } from './features/order-converter';
import { pageReportFeature } from './features/page-report';
import { panel } from './features/panel';
import { preview } from './features/preview';
import { rememberPage } from './features/remember-page';
import { templates } from './features/templates';
import { weeklyQuotaFeature } from './features/weekly-quota';

export const features: Feature[] = [
  banner,
  templates,
  panel,
  coverageFeature,
  preview,
  fieldFindings,
  bannerFit,
  weeklyQuotaFeature,
  orderConverter,
  applyGuard,
  historyCountdown,
  learnWordsFeature,
  pageReportFeature,
  rememberPage,
];
