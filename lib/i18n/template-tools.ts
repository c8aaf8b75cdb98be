import { defineMessages } from './define';

/** Undoing a template fill, and template files (export, import). */
export const templateTools = defineMessages({
  en: {
    'templates.undo': 'Undo the fill',
    'templates.undone': 'The form is back as it was before the fill.',
    'templates.undone.partly':
      'The form is back as it was, except {n} fields the page would not take back: check them.',
  },
  ja: {
    'templates.undo': '入力を元に戻す',
    'templates.undone': 'フォームをテンプレート入力前の状態に戻しました。',
    'templates.undone.partly':
      'フォームを入力前の状態に戻しましたが、{n}項目はページが受け付けませんでした。確認してください。',
  },
  zh: {
    'templates.undo': '撤销填入',
    'templates.undone': '表单已恢复为填入前的状态。',
    'templates.undone.partly': '表单已恢复为填入前的状态，但有 {n} 项页面未能恢复：请检查。',
  },
});
