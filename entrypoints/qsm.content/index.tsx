import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://qsm.qoo10.jp/*'],
  main() {},
});
