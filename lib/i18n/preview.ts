import { defineMessages } from './define';

export const preview = defineMessages({
  en: {},
  ja: {},
  zh: {},
});
