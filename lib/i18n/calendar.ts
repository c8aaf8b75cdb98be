import { defineMessages } from './define';

/** The calendar (.ics) export of pending pushes, and the buttons that save it. */
export const calendar = defineMessages({
  en: {
    'calendar.name': 'QSM coupon pushes',
    'calendar.summary': 'Coupon push {coupon} ({type})',
    'calendar.description.send': 'Sends at {time}.',
    'calendar.description.deadline': 'Cancel deadline: {time}. After it, QSM can no longer cancel the push.',
    'calendar.description.closed':
      'The cancel deadline ({time}) has passed: the push can no longer be cancelled.',
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
    'calendar.description.closed': 'キャンセル期限（{time}）を過ぎたため、キャンセルできません。',
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
    'calendar.description.deadline': '取消截止：{time}。过了截止时间，QSM 将无法取消此推送。',
    'calendar.description.closed': '取消截止时间（{time}）已过：此推送已无法取消。',
    'calendar.description.where': '取消请到 J·QSM：广告 > 卖家推销 > 优惠券推送 > 申请记录。',
    'calendar.alarm.before': '优惠券推送 {coupon}：距取消截止还有{lead}。',
    'calendar.alarm.deadline': '优惠券推送 {coupon}：现在是取消截止时间。',
    'calendar.lead.hours': '{h} 小时',
    'calendar.lead.minutes': '{m} 分钟',
    'calendar.lead.both': '{h} 小时 {m} 分钟',
    'calendar.export': '导出到日历（.ics）',
    'calendar.options.title': '日历',
    'calendar.options.hint':
      '每条待发送的推送在发送时间生成一个事件，并在取消截止前（上面设置的提醒提前量）和截止时提醒。文件不会上传到任何地方，由您自行导入日历。',
    'calendar.export.none': '没有待发送的推送，无可导出。',
    'calendar.export.done': '已保存 {file}（{n} 条推送）。请导入日历；再次导入较新的文件会更新同一事件。',
  },
});
