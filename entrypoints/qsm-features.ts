/**
 * The page features, as one bundle the loader (qsm-loader.ts) imports only into documents
 * that have work. Built by WXT as an unlisted script and listed in web_accessible_resources for QSM.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startOnPage } from '../content/start';

export default defineUnlistedScript(() => startOnPage(document));
