import { defineMessages } from './define';

/** What the extension checks on the push page, said plainly beside the panel (content/features/coverage/index). */
export const coverage = defineMessages({
  en: {
    'coverage.title': 'Checked on this page',
    'coverage.fields': 'Fields read: {read} of {total}.',
    'coverage.unread': 'Not read, so not checked: {fields}.',
    'coverage.guardOn': 'The apply button is guarded: errors hold it back.',
    'coverage.guardOff':
      'The apply button was not recognised, so errors will not hold it back. Check the findings yourself before you apply, and send us the page report.',
    'coverage.historyRead': 'Application history read: {n} pushes known.',
    'coverage.historyNone':
      'Application history not read yet. Open it once so the weekly limit and the countdowns know your pushes.',
    'coverage.historyUnread':
      'The application history could not be read, so the weekly limit and the countdowns may miss pushes. Send us the page report.',
    'coverage.statusUnknown': 'Status not recognised: “{word}”',
  },
  ja: {
    'coverage.title': 'このページで確認していること',
    'coverage.fields': '読み取れた項目：{total}項目中{read}項目。',
    'coverage.unread': '読み取れず、確認していない項目：{fields}。',
    'coverage.guardOn': '申請ボタンを見守っています。エラーがあれば申請を止めます。',
    'coverage.guardOff':
      '申請ボタンを特定できなかったため、エラーがあっても申請は止まりません。申請前にチェック結果をご自身で確認し、ページレポートをお送りください。',
    'coverage.historyRead': '申請履歴を読み取りました。把握しているプッシュは{n}件です。',
    'coverage.historyNone':
      '申請履歴をまだ読み取っていません。週1回の上限とカウントダウンのため、一度申請履歴を開いてください。',
    'coverage.historyUnread':
      '申請履歴を読み取れなかったため、週1回の上限とカウントダウンがプッシュを見落とすおそれがあります。ページレポートをお送りください。',
    'coverage.statusUnknown': '状態を判別できません：「{word}」',
  },
  zh: {
    'coverage.title': '本页检查范围',
    'coverage.fields': '已读取的项目：{read}/{total}。',
    'coverage.unread': '未能读取、因此未检查的项目：{fields}。',
    'coverage.guardOn': '申请按钮已受保护：有错误时会拦下申请。',
    'coverage.guardOff':
      '未能识别申请按钮，有错误时也拦不下申请。申请前请自行核对检查结果，并把页面报告发给我们。',
    'coverage.historyRead': '已读取申请记录，共知道{n}条推送。',
    'coverage.historyNone': '尚未读取申请记录。请打开一次申请记录，以便每周限制和倒计时掌握您的推送。',
    'coverage.historyUnread': '未能读取申请记录，每周限制和倒计时可能漏掉推送。请把页面报告发给我们。',
    'coverage.statusUnknown': '无法识别的状态：“{word}”',
  },
  ko: {
    'coverage.title': '이 페이지에서 점검하는 항목',
    'coverage.fields': '읽은 항목: {total}개 중 {read}개.',
    'coverage.unread': '읽지 못해 점검하지 않은 항목: {fields}.',
    'coverage.guardOn': '신청 버튼을 지키고 있습니다. 오류가 있으면 신청을 멈춥니다.',
    'coverage.guardOff':
      '신청 버튼을 찾지 못해 오류가 있어도 신청을 멈추지 못합니다. 신청 전에 점검 결과를 직접 확인하시고 페이지 보고서를 보내 주십시오.',
    'coverage.historyRead': '신청 내역을 읽었습니다. 파악한 푸시는 {n}건입니다.',
    'coverage.historyNone':
      '아직 신청 내역을 읽지 않았습니다. 주 1회 제한과 카운트다운이 푸시를 알 수 있도록 신청 내역을 한 번 열어 주십시오.',
    'coverage.historyUnread':
      '신청 내역을 읽지 못해 주 1회 제한과 카운트다운이 푸시를 놓칠 수 있습니다. 페이지 보고서를 보내 주십시오.',
    'coverage.statusUnknown': '알 수 없는 상태: “{word}”',
  },
});
