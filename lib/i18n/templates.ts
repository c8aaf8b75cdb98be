import { defineMessages } from './define';

export const templates = defineMessages({
  en: {},
  ja: {},
  zh: {},
});
