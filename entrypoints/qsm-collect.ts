/**
 * The collect bar's bundle, imported by the loader (qsm-loader.ts) into 配送管理 and クレーム管理 only,
 * in place of the features bundle. Built by WXT as an unlisted script, web-accessible to QSM.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startCollect } from '../content/start-collect';

export default defineUnlistedScript(() => startCollect(document));
