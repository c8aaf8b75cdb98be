import { defineMessages } from './define';

export const orders = defineMessages({
  en: {},
  ja: {},
  zh: {},
});
