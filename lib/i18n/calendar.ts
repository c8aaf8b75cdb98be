import { defineMessages } from './define';

/** The calendar (.ics) export of pending pushes, and the buttons that save it. */
export const calendar = defineMessages({
  en: {
    'calendar.name': 'QSM coupon pushes',
    'calendar.summary': 'Coupon push {coupon} ({type})',
    'calendar.description.send': 'Sends at {time}.',
    'calendar.description.deadline': 'Cancel deadline: {time}. After it, QSM can no longer cancel the push.',
    'calendar.description.closed':
      'The cancel deadline has passed, so the push can no longer be cancelled. Cancel deadline: {time}.',
    'calendar.description.where':
      'Cancel in J·QSM: Advertising > Seller promotion > Coupon push > Application history.',
    'calendar.alarm.before': 'Coupon push {coupon}: {lead} left to cancel it.',
    'calendar.alarm.deadline': 'Coupon push {coupon}: the cancel deadline is now.',
    'calendar.lead.hours': '{h} h',
    'calendar.lead.minutes': '{m} min',
    'calendar.lead.both': '{h} h {m} min',
    'calendar.export': 'Export to calendar (.ics)',
    'calendar.options.title': 'Calendar',
    'calendar.options.hint':
      'One event per push waiting to be sent, at its send time, with alarms before and at its cancel deadline (the reminder lead above). Nothing is uploaded: you import the file yourself.',
    'calendar.export.none': 'No push is waiting to be sent: nothing to export.',
    'calendar.export.done':
      'Saved {file} with {n} pushes. Import it into your calendar; importing a newer file updates the same events.',
  },
  ja: {
    'calendar.name': 'QSM クーポンプッシュ',
    'calendar.summary': 'クーポンプッシュ {coupon}（{type}）',
    'calendar.description.send': '送信日時：{time}。',
    'calendar.description.deadline': 'キャンセル期限：{time}。これを過ぎるとQSMでキャンセルできません。',
    'calendar.description.closed': 'キャンセル期限を過ぎたため、キャンセルできません。キャンセル期限：{time}',
    'calendar.description.where':
      'キャンセルは J·QSM の 広告 > 販売者プロモーション > クーポンプッシュ > 申請履歴 から。',
    'calendar.alarm.before': 'クーポンプッシュ {coupon}：キャンセル期限まであと{lead}です。',
    'calendar.alarm.deadline': 'クーポンプッシュ {coupon}：キャンセル期限になりました。',
    'calendar.lead.hours': '{h}時間',
    'calendar.lead.minutes': '{m}分',
    'calendar.lead.both': '{h}時間{m}分',
    'calendar.export': 'カレンダーに書き出す（.ics）',
    'calendar.options.title': 'カレンダー',
    'calendar.options.hint':
      '送信待ちのプッシュごとに送信日時の予定を作り、キャンセル期限の前（上のリマインダーの時間）と期限に通知を付けます。ファイルはどこにも送信されません。ご自身でカレンダーに読み込んでください。',
    'calendar.export.none': '送信待ちのプッシュがないため、書き出すものがありません。',
    'calendar.export.done':
      '{file}（{n}件）を保存しました。カレンダーに読み込んでください。新しいファイルを読み込むと同じ予定が更新されます。',
  },
  zh: {
    'calendar.name': 'QSM 优惠券推送',
    'calendar.summary': '优惠券推送 {coupon}（{type}）',
    'calendar.description.send': '发送时间：{time}。',
    'calendar.description.deadline': '取消截止时间：{time}。过了取消截止时间，QSM 将无法取消此推送。',
    'calendar.description.closed': '取消截止时间已过：此推送已无法取消。取消截止时间：{time}',
    'calendar.description.where': '取消请到 J·QSM：广告 > 卖家推销 > 优惠券推送 > 申请记录。',
    'calendar.alarm.before': '优惠券推送 {coupon}：距取消截止时间还有{lead}。',
    'calendar.alarm.deadline': '优惠券推送 {coupon}：现在是取消截止时间。',
    'calendar.lead.hours': '{h}小时',
    'calendar.lead.minutes': '{m}分钟',
    'calendar.lead.both': '{h}小时{m}分钟',
    'calendar.export': '导出到日历（.ics）',
    'calendar.options.title': '日历',
    'calendar.options.hint':
      '每条待发送的推送在发送时间生成一个事件，并在取消截止时间前（上面设置的提醒提前量）和取消截止时间提醒。文件不会上传到任何地方，由您自行导入日历。',
    'calendar.export.none': '没有待发送的推送，无可导出。',
    'calendar.export.done': '已保存 {file}（{n} 条推送）。请导入日历；再次导入较新的文件会更新同一事件。',
  },
  ko: {
    'calendar.name': 'QSM 쿠폰 푸시',
    'calendar.summary': '쿠폰 푸시 {coupon} ({type})',
    'calendar.description.send': '발송 시간: {time}.',
    'calendar.description.deadline': '취소 기한: {time}. 이 시간이 지나면 QSM에서 푸시를 취소할 수 없습니다.',
    'calendar.description.closed': '취소 기한이 지나 더 이상 취소할 수 없습니다. 취소 기한: {time}.',
    'calendar.description.where': 'J·QSM에서 취소: 광고 > 판매자 프로모션 > 쿠폰 푸시 > 신청 내역.',
    'calendar.alarm.before': '쿠폰 푸시 {coupon}: 취소할 수 있는 시간이 {lead} 남았습니다.',
    'calendar.alarm.deadline': '쿠폰 푸시 {coupon}: 지금이 취소 기한입니다.',
    'calendar.lead.hours': '{h}시간',
    'calendar.lead.minutes': '{m}분',
    'calendar.lead.both': '{h}시간 {m}분',
    'calendar.export': '캘린더로 내보내기 (.ics)',
    'calendar.options.title': '캘린더',
    'calendar.options.hint':
      '발송 대기 중인 푸시마다 발송 시간에 일정 하나를 만들고, 취소 기한 전(위의 알림 시간)과 취소 기한에 알림을 넣습니다. 아무것도 업로드되지 않으며, 파일은 직접 가져옵니다.',
    'calendar.export.none': '발송 대기 중인 푸시가 없어 내보낼 것이 없습니다.',
    'calendar.export.done':
      '푸시 {n}개를 {file}(으)로 저장했습니다. 캘린더에 가져오세요. 새 파일을 가져오면 같은 일정이 업데이트됩니다.',
  },
});
