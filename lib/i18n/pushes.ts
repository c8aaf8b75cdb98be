import { defineMessages } from './define';

export const pushes = defineMessages({
  en: {},
  ja: {},
  zh: {},
});
