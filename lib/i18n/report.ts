import { defineMessages } from './define';

/** The page report (lib/report/schema.ts): offered in the panel and the popup, for a page not fully read. */
export const report = defineMessages({
  en: {
    'report.button': 'Page report',
    'report.hint':
      'If the extension does not work on this page, send us its page report: the page’s structure and QSM’s own words, without any coupon, order, customer or shop data.',
    'report.unread': 'Not checked on this page (not read): {fields}. A page report helps us read it.',
    'report.download': 'Download (.json)',
    'report.copy': 'Copy',
    'report.copied': 'Copied',
    'report.copyFailed': 'Could not copy; use the download instead.',
    'report.none': 'Open the QSM page that does not work in a tab, then ask for its report here.',
  },
  ja: {
    'report.button': 'ページレポート',
    'report.hint':
      'このページで拡張機能が動かないときは、ページレポートをお送りください。ページの構造と QSM の表示文言だけを含み、クーポン・注文・お客様・ショップのデータは含みません。',
    'report.unread':
      'このページで読み取れず、確認していない項目：{fields}。ページレポートを送っていただくと対応できます。',
    'report.download': 'ダウンロード（.json）',
    'report.copy': 'コピー',
    'report.copied': 'コピーしました',
    'report.copyFailed': 'コピーできませんでした。ダウンロードをお使いください。',
    'report.none': '動かない QSM のページをタブで開いてから、ここでレポートを作成してください。',
  },
  zh: {
    'report.button': '页面报告',
    'report.hint':
      '如果扩展在此页面上不起作用，请把页面报告发给我们：只含页面结构和 QSM 自己的界面文字，不含任何优惠券、订单、顾客或店铺数据。',
    'report.unread': '此页面上未能读取、因此未检查的项目：{fields}。发送页面报告可以帮我们读懂它。',
    'report.download': '下载（.json）',
    'report.copy': '复制',
    'report.copied': '已复制',
    'report.copyFailed': '无法复制，请使用下载。',
    'report.none': '请先在标签页中打开不能正常工作的 QSM 页面，再在这里生成报告。',
  },
  ko: {
    'report.button': '페이지 보고서',
    'report.hint':
      '이 페이지에서 확장 프로그램이 작동하지 않으면 페이지 보고서를 보내 주세요. 페이지 구조와 QSM 자체의 문구만 담기며, 쿠폰·주문·고객·샵 데이터는 들어가지 않습니다.',
    'report.unread':
      '이 페이지에서 점검하지 못한 항목 (읽지 못함): {fields}. 페이지 보고서가 있으면 읽을 수 있도록 고치는 데 도움이 됩니다.',
    'report.download': '다운로드 (.json)',
    'report.copy': '복사',
    'report.copied': '복사했습니다',
    'report.copyFailed': '복사하지 못했습니다. 다운로드를 이용해 주세요.',
    'report.none': '작동하지 않는 QSM 페이지를 탭에서 연 뒤, 여기서 보고서를 요청해 주세요.',
  },
});
