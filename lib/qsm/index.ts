/** The page adapter: the one module that knows QSM's HTML. */
export { type FillResult, fillForm } from './fill';
export { findPushForm, readDraft } from './form';
export { findHistoryDialog, historyRecords } from './history';
export { detectQsmLang } from './lang';
export { pageReport } from './report';
export type { DraftRead, HistoryDialog, HistoryRow, PushForm, QsmLang, ReadonlySignal } from './types';
export { type FormSnapshot, type RestoreResult, restoreForm, snapshotForm } from './undo';
export { findOrderUpload, type OrderUpload, watchOrderUpload } from './upload';
export { watchDraft } from './watch';
