import { defineMessages } from './define';

/**
 * Findings of the rules engine (lib/rules). `finding.<code>` says what is wrong, `finding.<code>.fix`
 * what to do; `finding.<code>.<reason>` refines the first where params.reason says why. Instants
 * arrive formatted (JST with the seller's own time), dates with their weekday, durations as text.
 */
export const findings = defineMessages({
  en: {
    'finding.type-missing': 'No push type is chosen.',
    'finding.type-missing.fix': 'Choose Advertisement (to your fans) or Compensation (to your buyers).',
    'finding.coupon-missing': 'No shop coupon is chosen.',
    'finding.coupon-missing.fix':
      'Choose a coupon. If there is none yet, create one under Shop coupon settings, then click Refresh.',
    'finding.coupon-qstore-only': 'Coupon {couponNumber} is Qstore-only and cannot be pushed.',
    'finding.coupon-qstore-only.fix': 'Choose a shop coupon that is not Qstore-only.',
    'finding.coupon-ends-before-send':
      'Coupon {couponNumber} ends at {validTo}, before the send time {sendAt}.',
    'finding.coupon-ends-before-send.fix': "Pick an earlier send time or extend the coupon's usable period.",
    'finding.coupon-starts-after-send':
      'Coupon {couponNumber} is usable only from {validFrom}, after the send time {sendAt}.',
    'finding.coupon-starts-after-send.fix':
      "Customers could not use it when the push arrives: send later or move the coupon's start earlier.",
    'finding.coupon-ends-soon-after-send':
      'Coupon {couponNumber} ends at {validTo}, only {minutesLeft} after the send time {sendAt}.',
    'finding.coupon-ends-soon-after-send.fix':
      'Send earlier or extend the coupon, so customers have at least {marginHours} h to use it.',
    'finding.send-at-missing': 'The send date or time is not set.',
    'finding.send-at-missing.fix': 'Pick a send date and a send time.',
    'finding.send-date-out-of-window': 'The send date {date} cannot be chosen.',
    'finding.send-date-out-of-window.malformed': 'The send date {date} is not a valid date.',
    'finding.send-date-out-of-window.fix':
      'In JST, pick a date from {first} to {last}: tomorrow up to 3 days ahead.',
    'finding.send-time-out-of-window': 'The send time {time} is outside {first} to {last} (JST).',
    'finding.send-time-out-of-window.malformed': 'The send time {time} is not a valid time.',
    'finding.send-time-out-of-window.fix':
      'Pick a time from {first} to {last}, on the hour or half hour (JST).',
    'finding.send-time-off-slot': 'The send time {time} is not on a {stepMinutes}-minute step.',
    'finding.send-time-off-slot.fix': 'Pick {earlier} or {later}.',
    'finding.cancel-window-closed':
      'The send time {sendAt} is only {minutesLeft} away, past the cancel deadline {cancelDeadline}: once applied, this push cannot be cancelled.',
    'finding.cancel-window-closed.fix':
      'If you might need to cancel, pick a send time more than 24 hours away.',
    'finding.weekly-limit':
      'Only one push a week is allowed, and the week {weekStart} to {weekEnd} already has one: coupon {conflictCouponNumber} at {conflictSendAt}.',
    'finding.weekly-limit.fix': 'Pick {nextAllowed} or a later date.',
    'finding.weekly-limit.fix.cancel-other':
      'Pick {nextAllowed} or a later date, or first cancel the other push in the Application history before {conflictCancelDeadline}.',
    'finding.weekly-limit.fix.pick-later': 'From {pickFrom} on, apply for {nextAllowed} or a later date.',
    'finding.weekly-limit.fix.pick-later.cancel-other':
      'From {pickFrom} on, apply for {nextAllowed} or a later date, or first cancel the other push in the Application history before {conflictCancelDeadline}.',
    'finding.items-auto-range': 'The number of top items, {topN}, is outside {min} to {max}.',
    'finding.items-auto-range.fix': 'Choose a number from {min} to {max}.',
    'finding.items-manual-empty': 'No item is selected.',
    'finding.items-manual-empty.fix': 'Select 1 to {max} items, or switch to the automatic top items.',
    'finding.items-manual-too-many': '{count} items are selected; at most {max} can be shown.',
    'finding.items-manual-too-many.fix': 'Remove items until {max} or fewer remain.',
    'finding.items-manual-duplicate': 'Selected more than once: {items}.',
    'finding.items-manual-duplicate.fix': 'Remove the duplicates so each item shows once.',
    'finding.audience-empty': 'No fans registered in the chosen period: the push would reach no one.',
    'finding.audience-empty.fix': 'Choose All periods or a wider registration period.',
    'finding.audience-period-invalid': 'The registration period {from} to {to} is not valid.',
    'finding.audience-period-invalid.reversed':
      'The registration period starts on {from}, after it ends on {to}.',
    'finding.audience-period-invalid.future':
      'The registration period {from} to {to} reaches into the future (today is {today}).',
    'finding.audience-period-invalid.malformed':
      'The registration period {from} to {to} is not made of valid dates.',
    'finding.audience-period-invalid.fix':
      'Pick a start date no later than the end date, and neither later than today, {today}.',
    'finding.recipients-missing': 'No order numbers are uploaded.',
    'finding.recipients-missing.fix':
      'Click "+ Upload order numbers" and upload the Excel file with the order numbers.',
    'finding.recipients-none-selected': '{uploaded} buyers are listed, but none is ticked.',
    'finding.recipients-none-selected.fix': 'Tick the buyers who should receive the push.',
    'finding.banner-missing': 'The banner is ticked, but no image is uploaded.',
    'finding.banner-missing.fix':
      'Upload a {requiredWidth} × {requiredHeight} px image, or untick the banner.',
    'finding.banner-size':
      'The banner is {width} × {height} px; it must be exactly {requiredWidth} × {requiredHeight} px.',
    'finding.banner-size.fix':
      'Resize the image to {requiredWidth} × {requiredHeight} px and upload it again.',
    'finding.banner-format': 'The banner is {type}, not JPEG, PNG or GIF.',
    'finding.banner-format.fix': 'Save the image as JPEG, PNG or GIF and upload it again.',
    'finding.unknown': 'Unknown check: {code}.',
    'duration.hours': '{hours} h',
    'duration.minutes': '{minutes} min',
    'duration.both': '{hours} h {minutes} min',
    'finding.weekRule.calendar-week': 'calendar week',
    'finding.weekRule.rolling-7-days': '7 days',
    'finding.severity.error': 'Error',
    'finding.severity.warning': 'Warning',
    'finding.severity.info': 'Note',
    'field.type': 'Type',
    'field.coupon': 'Shop Coupon',
    'field.items': 'Goods',
    'field.audience': 'Send to (fans)',
    'field.recipients': 'Send to (Order No. upload)',
    'field.sendDate': 'Send date',
    'field.sendTime': 'Send time',
    'field.banner': 'Image settings',
  },
  ja: {
    'finding.type-missing': 'プッシュのタイプが選択されていません。',
    'finding.type-missing.fix': '「広告」（ファン向け）または「補償」（購入者向け）を選択してください。',
    'finding.coupon-missing': 'ショップクーポンが選択されていません。',
    'finding.coupon-missing.fix':
      'クーポンを選択してください。未作成の場合は「ショップクーポン設定」で作成し、「更新」を押してください。',
    'finding.coupon-qstore-only': 'クーポン {couponNumber} はQstore専用クーポンのため、プッシュできません。',
    'finding.coupon-qstore-only.fix': 'Qstore専用ではないショップクーポンを選択してください。',
    'finding.coupon-ends-before-send':
      'クーポン {couponNumber} の利用期間は {validTo} に終了し、送信日時 {sendAt} より前です。',
    'finding.coupon-ends-before-send.fix': '送信日時を早めるか、クーポンの利用期間を延長してください。',
    'finding.coupon-starts-after-send':
      'クーポン {couponNumber} は {validFrom} から利用可能で、送信日時 {sendAt} より後です。',
    'finding.coupon-starts-after-send.fix':
      'お客様が受け取った時点では利用できません。送信日時を遅らせるか、クーポンの開始日時を早めてください。',
    'finding.coupon-ends-soon-after-send':
      'クーポン {couponNumber} は {validTo} に終了するため、送信日時 {sendAt} から{minutesLeft}しか使えません。',
    'finding.coupon-ends-soon-after-send.fix':
      'お客様が{marginHours}時間以上使えるよう、送信日時を早めるか、クーポンの利用期間を延長してください。',
    'finding.send-at-missing': '送信日または送信時刻が設定されていません。',
    'finding.send-at-missing.fix': '送信日と送信時刻を選択してください。',
    'finding.send-date-out-of-window': '送信日 {date} は選択できる範囲外です。',
    'finding.send-date-out-of-window.malformed': '送信日 {date} は有効な日付ではありません。',
    'finding.send-date-out-of-window.fix':
      '日本時間で {first}～{last} の日付（翌日から3日以内）を選択してください。',
    'finding.send-time-out-of-window': '送信時刻 {time} は {first}～{last}（日本時間）の範囲外です。',
    'finding.send-time-out-of-window.malformed': '送信時刻 {time} は有効な時刻ではありません。',
    'finding.send-time-out-of-window.fix': '{first}～{last} の30分単位の時刻（日本時間）を選択してください。',
    'finding.send-time-off-slot': '送信時刻 {time} が{stepMinutes}分単位ではありません。',
    'finding.send-time-off-slot.fix': '{earlier} または {later} を選択してください。',
    'finding.cancel-window-closed':
      '送信日時 {sendAt} まであと{minutesLeft}で、キャンセル期限 {cancelDeadline} を過ぎているため、申請後はキャンセルできません。',
    'finding.cancel-window-closed.fix':
      'キャンセルする可能性がある場合は、24時間以上先の送信日時を選択してください。',
    'finding.weekly-limit':
      'クーポン送信は週1回までですが、{weekStart}～{weekEnd} の週には {conflictSendAt} 送信のクーポン {conflictCouponNumber} のプッシュがすでにあります。',
    'finding.weekly-limit.fix': '{nextAllowed} 以降の日付を選択してください。',
    'finding.weekly-limit.fix.cancel-other':
      '{nextAllowed} 以降の日付を選択するか、{conflictCancelDeadline} までに申請履歴でもう一方のプッシュをキャンセルしてください。',
    'finding.weekly-limit.fix.pick-later':
      '{pickFrom} 以降に、{nextAllowed} 以降の送信日で申請してください。',
    'finding.weekly-limit.fix.pick-later.cancel-other':
      '{pickFrom} 以降に {nextAllowed} 以降の送信日で申請するか、{conflictCancelDeadline} までに申請履歴でもう一方のプッシュをキャンセルしてください。',
    'finding.items-auto-range': '上位商品の自動選択数 {topN} が {min}～{max} の範囲外です。',
    'finding.items-auto-range.fix': '{min}～{max} の数を選択してください。',
    'finding.items-manual-empty': '商品が選択されていません。',
    'finding.items-manual-empty.fix': '商品を1～{max}件選択するか、上位商品の自動選択に切り替えてください。',
    'finding.items-manual-too-many': '{count}件の商品が選択されています。表示できるのは最大{max}件です。',
    'finding.items-manual-too-many.fix': '{max}件以下になるよう商品を削除してください。',
    'finding.items-manual-duplicate': '次の商品が重複して選択されています：{items}。',
    'finding.items-manual-duplicate.fix': '重複している商品を削除してください。',
    'finding.audience-empty': '選択した登録期間に該当するファンがいないため、誰にも届きません。',
    'finding.audience-empty.fix': '「全期間」またはより長い登録期間を選択してください。',
    'finding.audience-period-invalid': '登録日の期間 {from}～{to} が正しくありません。',
    'finding.audience-period-invalid.reversed': '登録日の開始日 {from} が終了日 {to} より後になっています。',
    'finding.audience-period-invalid.future':
      '登録日の期間 {from}～{to} に未来の日付が含まれています（今日は {today}）。',
    'finding.audience-period-invalid.malformed': '登録日の期間 {from}～{to} が有効な日付ではありません。',
    'finding.audience-period-invalid.fix':
      '開始日を終了日以前にし、どちらも今日（{today}）以前の日付にしてください。',
    'finding.recipients-missing': '注文番号がアップロードされていません。',
    'finding.recipients-missing.fix':
      '「+ 注文番号アップロード」から、注文番号を記入したExcelファイルをアップロードしてください。',
    'finding.recipients-none-selected':
      '購入者が{uploaded}件表示されていますが、どれもチェックされていません。',
    'finding.recipients-none-selected.fix': 'プッシュを送る購入者にチェックを入れてください。',
    'finding.banner-missing': '画像設定にチェックがありますが、画像がアップロードされていません。',
    'finding.banner-missing.fix':
      '{requiredWidth}×{requiredHeight}px の画像をアップロードするか、画像設定のチェックを外してください。',
    'finding.banner-size':
      'バナー画像が {width}×{height}px で、{requiredWidth}×{requiredHeight}px ちょうどではありません。',
    'finding.banner-size.fix':
      '画像を {requiredWidth}×{requiredHeight}px にしてから再度アップロードしてください。',
    'finding.banner-format': 'バナー画像の形式 {type} はJPEG・PNG・GIFではありません。',
    'finding.banner-format.fix': '画像をJPEG・PNG・GIF形式で保存し、再度アップロードしてください。',
    'finding.unknown': '不明なチェック：{code}。',
    'duration.hours': '{hours}時間',
    'duration.minutes': '{minutes}分',
    'duration.both': '{hours}時間{minutes}分',
    'finding.weekRule.calendar-week': '週',
    'finding.weekRule.rolling-7-days': '7日間',
    'finding.severity.error': 'エラー',
    'finding.severity.warning': '警告',
    'finding.severity.info': 'お知らせ',
    'field.type': 'タイプ',
    'field.coupon': 'ショップクーポン',
    'field.items': '商品',
    'field.audience': '送信先（ファン）',
    'field.recipients': '送信先（注文番号アップロード）',
    'field.sendDate': '送信日',
    'field.sendTime': '送信時刻',
    'field.banner': '画像設定',
  },
  zh: {
    'finding.type-missing': '未选择推送类型。',
    'finding.type-missing.fix': '请选择「广告」（推送给店铺粉丝）或「补偿」（推送给购买过的顾客）。',
    'finding.coupon-missing': '未选择店铺优惠券。',
    'finding.coupon-missing.fix':
      '请选择优惠券。如还未设置，请先点击【店铺优惠券设定】设置，再点击【刷新】。',
    'finding.coupon-qstore-only': '优惠券 {couponNumber} 是Qstore专用优惠券，无法进行推送。',
    'finding.coupon-qstore-only.fix': '请选择非Qstore专用的店铺优惠券。',
    'finding.coupon-ends-before-send':
      '优惠券 {couponNumber} 的可使用期间于 {validTo} 结束，早于发送时间 {sendAt}。',
    'finding.coupon-ends-before-send.fix': '请提前发送时间，或延长优惠券的可使用期间。',
    'finding.coupon-starts-after-send':
      '优惠券 {couponNumber} 从 {validFrom} 起才可使用，晚于发送时间 {sendAt}。',
    'finding.coupon-starts-after-send.fix':
      '顾客收到推送时还无法使用优惠券：请推迟发送时间，或把优惠券的开始时间提前。',
    'finding.coupon-ends-soon-after-send':
      '优惠券 {couponNumber} 于 {validTo} 结束，发送时间 {sendAt} 之后只能再用{minutesLeft}。',
    'finding.coupon-ends-soon-after-send.fix':
      '请提前发送时间，或延长优惠券的可使用期间，让顾客至少有{marginHours}小时可以使用。',
    'finding.send-at-missing': '未设置发送日期或发送时间。',
    'finding.send-at-missing.fix': '请选择发送日期和发送时间。',
    'finding.send-date-out-of-window': '发送日期 {date} 不在可选择的范围内。',
    'finding.send-date-out-of-window.malformed': '发送日期 {date} 不是有效的日期。',
    'finding.send-date-out-of-window.fix': '请按日本时间选择 {first} ~ {last} 之间的日期（从次日起3日内）。',
    'finding.send-time-out-of-window': '发送时间 {time} 不在 {first} ~ {last}（日本时间）范围内。',
    'finding.send-time-out-of-window.malformed': '发送时间 {time} 不是有效的时间。',
    'finding.send-time-out-of-window.fix': '请选择 {first} ~ {last} 之间、以30分为单位的时间（日本时间）。',
    'finding.send-time-off-slot': '发送时间 {time} 不是以{stepMinutes}分为单位的时间。',
    'finding.send-time-off-slot.fix': '请选择 {earlier} 或 {later}。',
    'finding.cancel-window-closed':
      '距发送时间 {sendAt} 只剩{minutesLeft}，取消截止时间 {cancelDeadline} 已过，申请后将无法取消。',
    'finding.cancel-window-closed.fix': '如果之后可能需要取消，请选择24小时以后的发送时间。',
    'finding.weekly-limit':
      '优惠券发送仅限每周1次，而 {weekStart} ~ {weekEnd} 这一周已有 {conflictSendAt} 发送的优惠券 {conflictCouponNumber} 推送。',
    'finding.weekly-limit.fix': '请选择 {nextAllowed} 或之后的日期。',
    'finding.weekly-limit.fix.cancel-other':
      '请选择 {nextAllowed} 或之后的日期，或在 {conflictCancelDeadline} 前到申请记录中取消另一条推送。',
    'finding.weekly-limit.fix.pick-later': '请从 {pickFrom} 起申请，发送日期选 {nextAllowed} 或之后。',
    'finding.weekly-limit.fix.pick-later.cancel-other':
      '请从 {pickFrom} 起申请，发送日期选 {nextAllowed} 或之后；或在 {conflictCancelDeadline} 前到申请记录中取消另一条推送。',
    'finding.items-auto-range': '自动选择的商品数 {topN} 不在 {min} ~ {max} 的范围内。',
    'finding.items-auto-range.fix': '请选择 {min} ~ {max} 之间的数字。',
    'finding.items-manual-empty': '未选择任何商品。',
    'finding.items-manual-empty.fix': '请选择1 ~ {max}个商品，或改为自动选择排名靠前的商品。',
    'finding.items-manual-too-many': '已选择{count}个商品，最多只能显示{max}个。',
    'finding.items-manual-too-many.fix': '请删除部分商品，保留{max}个以内。',
    'finding.items-manual-duplicate': '以下商品被重复选择：{items}。',
    'finding.items-manual-duplicate.fix': '请删除重复的商品。',
    'finding.audience-empty': '所选登记期间内没有店铺粉丝，推送不会发给任何人。',
    'finding.audience-empty.fix': '请选择「全期间」或更长的登记期间。',
    'finding.audience-period-invalid': '登记日期期间 {from} ~ {to} 无效。',
    'finding.audience-period-invalid.reversed': '登记日期的开始日期 {from} 晚于结束日期 {to}。',
    'finding.audience-period-invalid.future': '登记日期期间 {from} ~ {to} 包含未来的日期（今天是 {today}）。',
    'finding.audience-period-invalid.malformed': '登记日期期间 {from} ~ {to} 不是有效的日期。',
    'finding.audience-period-invalid.fix': '开始日期不能晚于结束日期，且两者都不能晚于今天（{today}）。',
    'finding.recipients-missing': '尚未上传订单号。',
    'finding.recipients-missing.fix': '请点击【+ 订单号上传】，上传填写了订单号的Excel表格。',
    'finding.recipients-none-selected': '已列出{uploaded}位购买过的顾客，但没有勾选任何一位。',
    'finding.recipients-none-selected.fix': '请勾选要接收推送的顾客。',
    'finding.banner-missing': '已勾选图片设置，但还未上传图片。',
    'finding.banner-missing.fix': '请上传 {requiredWidth}px*{requiredHeight}px 的图片，或取消勾选图片设置。',
    'finding.banner-size':
      '横幅图片尺寸为 {width}px*{height}px，必须正好是 {requiredWidth}px*{requiredHeight}px。',
    'finding.banner-size.fix': '请将图片调整为 {requiredWidth}px*{requiredHeight}px 后重新上传。',
    'finding.banner-format': '横幅图片格式为 {type}，不是JPEG、PNG或GIF。',
    'finding.banner-format.fix': '请将图片保存为JPEG、PNG或GIF格式后重新上传。',
    'finding.unknown': '未知的检查项：{code}。',
    'duration.hours': '{hours}小时',
    'duration.minutes': '{minutes}分钟',
    'duration.both': '{hours}小时{minutes}分钟',
    'finding.weekRule.calendar-week': '周',
    'finding.weekRule.rolling-7-days': '7天期间',
    'finding.severity.error': '错误',
    'finding.severity.warning': '警告',
    'finding.severity.info': '提示',
    'field.type': '类型',
    'field.coupon': '店铺优惠券',
    'field.items': '商品',
    'field.audience': '发送至（粉丝）',
    'field.recipients': '发送至（订单号上传）',
    'field.sendDate': '发送日期',
    'field.sendTime': '发送时间',
    'field.banner': '图片设置',
  },
  ko: {
    'finding.type-missing': '푸시 유형이 선택되지 않았습니다.',
    'finding.type-missing.fix': '광고(팬에게) 또는 보상(구매자에게)을 선택해 주세요.',
    'finding.coupon-missing': '샵 쿠폰이 선택되지 않았습니다.',
    'finding.coupon-missing.fix':
      '쿠폰을 선택해 주세요. 아직 쿠폰이 없다면 샵 쿠폰 설정에서 만든 뒤 새로고침을 눌러 주세요.',
    'finding.coupon-qstore-only': '쿠폰 {couponNumber}은(는) Qstore 전용이라 푸시할 수 없습니다.',
    'finding.coupon-qstore-only.fix': 'Qstore 전용이 아닌 샵 쿠폰을 선택해 주세요.',
    'finding.coupon-ends-before-send':
      '쿠폰 {couponNumber}은(는) 발송 시간 {sendAt}보다 앞선 {validTo}에 종료됩니다.',
    'finding.coupon-ends-before-send.fix': '발송 시간을 앞당기거나 쿠폰의 사용 기간을 늘려 주세요.',
    'finding.coupon-starts-after-send':
      '쿠폰 {couponNumber}은(는) 발송 시간 {sendAt} 이후인 {validFrom}부터 사용할 수 있습니다.',
    'finding.coupon-starts-after-send.fix':
      '푸시가 도착했을 때 고객이 쿠폰을 쓸 수 없습니다. 발송을 늦추거나 쿠폰 시작을 앞당겨 주세요.',
    'finding.coupon-ends-soon-after-send':
      '쿠폰 {couponNumber}은(는) {validTo}에 종료되어, 발송 시간 {sendAt} 이후 {minutesLeft}밖에 쓸 수 없습니다.',
    'finding.coupon-ends-soon-after-send.fix':
      '고객이 {marginHours}시간 이상 쓸 수 있도록 더 일찍 발송하거나 쿠폰의 사용 기간을 늘려 주세요.',
    'finding.send-at-missing': '발송 날짜 또는 시간이 정해지지 않았습니다.',
    'finding.send-at-missing.fix': '발송 날짜와 발송 시간을 선택해 주세요.',
    'finding.send-date-out-of-window': '발송 날짜 {date}은(는) 선택할 수 없는 날짜입니다.',
    'finding.send-date-out-of-window.malformed': '발송 날짜 {date}은(는) 올바른 날짜가 아닙니다.',
    'finding.send-date-out-of-window.fix':
      '일본 시간 기준으로 내일부터 3일 이내인 {first} ~ {last} 중에서 날짜를 선택해 주세요.',
    'finding.send-time-out-of-window':
      '발송 시간 {time}은(는) {first} ~ {last}(일본 시간) 범위를 벗어났습니다.',
    'finding.send-time-out-of-window.malformed': '발송 시간 {time}은(는) 올바른 시간이 아닙니다.',
    'finding.send-time-out-of-window.fix':
      '{first} ~ {last} 중에서 정각 또는 30분 단위의 시간(일본 시간)을 선택해 주세요.',
    'finding.send-time-off-slot': '발송 시간 {time}이(가) {stepMinutes}분 단위가 아닙니다.',
    'finding.send-time-off-slot.fix': '{earlier} 또는 {later}을(를) 선택해 주세요.',
    'finding.cancel-window-closed':
      '발송 시간 {sendAt}까지 {minutesLeft}밖에 남지 않아 취소 기한 {cancelDeadline}이(가) 지났으므로, 신청 후에는 취소할 수 없습니다.',
    'finding.cancel-window-closed.fix': '취소할 가능성이 있다면 24시간 이상 뒤의 발송 시간을 선택해 주세요.',
    'finding.weekly-limit':
      '쿠폰 발송은 주 1회로 제한되는데, {weekStart} ~ {weekEnd} 주에는 이미 {conflictSendAt} 발송인 쿠폰 {conflictCouponNumber}의 푸시가 있습니다.',
    'finding.weekly-limit.fix': '{nextAllowed} 이후의 날짜를 선택해 주세요.',
    'finding.weekly-limit.fix.cancel-other':
      '{nextAllowed} 이후의 날짜를 선택하거나, {conflictCancelDeadline}까지 신청 내역에서 다른 푸시를 취소해 주세요.',
    'finding.weekly-limit.fix.pick-later': '{pickFrom}부터 {nextAllowed} 이후의 발송 날짜로 신청해 주세요.',
    'finding.weekly-limit.fix.pick-later.cancel-other':
      '{pickFrom}부터 {nextAllowed} 이후의 발송 날짜로 신청하거나, {conflictCancelDeadline}까지 신청 내역에서 다른 푸시를 취소해 주세요.',
    'finding.items-auto-range': '상위 상품 자동 선택 수 {topN}이(가) {min} ~ {max} 범위를 벗어났습니다.',
    'finding.items-auto-range.fix': '{min} ~ {max} 사이의 숫자를 선택해 주세요.',
    'finding.items-manual-empty': '선택된 상품이 없습니다.',
    'finding.items-manual-empty.fix': '상품을 1 ~ {max}개 선택하거나, 상위 상품 자동 선택으로 바꿔 주세요.',
    'finding.items-manual-too-many': '상품 {count}개가 선택되었습니다. 최대 {max}개까지 표시할 수 있습니다.',
    'finding.items-manual-too-many.fix': '{max}개 이하가 되도록 상품을 빼 주세요.',
    'finding.items-manual-duplicate': '두 번 이상 선택된 상품: {items}.',
    'finding.items-manual-duplicate.fix': '각 상품이 한 번만 표시되도록 중복을 빼 주세요.',
    'finding.audience-empty': '선택한 기간에 등록한 팬이 없어 푸시가 아무에게도 도착하지 않습니다.',
    'finding.audience-empty.fix': '전체 기간 또는 더 넓은 등록 기간을 선택해 주세요.',
    'finding.audience-period-invalid': '등록 기간 {from} ~ {to}이(가) 올바르지 않습니다.',
    'finding.audience-period-invalid.reversed': '등록 기간의 시작({from})이 끝({to})보다 늦습니다.',
    'finding.audience-period-invalid.future':
      '등록 기간 {from} ~ {to}이(가) 미래까지 이어집니다(오늘은 {today}).',
    'finding.audience-period-invalid.malformed': '등록 기간 {from} ~ {to}이(가) 올바른 날짜가 아닙니다.',
    'finding.audience-period-invalid.fix':
      '시작은 끝과 같거나 그보다 이르게, 둘 다 오늘({today}) 이후가 아니게 선택해 주세요.',
    'finding.recipients-missing': '업로드된 주문번호가 없습니다.',
    'finding.recipients-missing.fix':
      '“+ 주문번호 업로드”를 눌러 주문번호가 담긴 Excel 파일을 업로드해 주세요.',
    'finding.recipients-none-selected': '구매자 {uploaded}명이 목록에 있지만 아무도 체크되지 않았습니다.',
    'finding.recipients-none-selected.fix': '푸시를 받을 구매자를 체크해 주세요.',
    'finding.banner-missing': '배너가 체크되어 있지만 이미지가 업로드되지 않았습니다.',
    'finding.banner-missing.fix':
      '{requiredWidth} × {requiredHeight} px 이미지를 업로드하거나 배너 체크를 해제해 주세요.',
    'finding.banner-size':
      '배너가 {width} × {height} px입니다. 정확히 {requiredWidth} × {requiredHeight} px이어야 합니다.',
    'finding.banner-size.fix':
      '이미지를 {requiredWidth} × {requiredHeight} px로 바꾼 뒤 다시 업로드해 주세요.',
    'finding.banner-format': '배너가 {type} 형식입니다. JPEG, PNG, GIF만 가능합니다.',
    'finding.banner-format.fix': '이미지를 JPEG, PNG 또는 GIF로 저장한 뒤 다시 업로드해 주세요.',
    'finding.unknown': '알 수 없는 점검: {code}.',
    'duration.hours': '{hours}시간',
    'duration.minutes': '{minutes}분',
    'duration.both': '{hours}시간 {minutes}분',
    'finding.weekRule.calendar-week': '주',
    'finding.weekRule.rolling-7-days': '7일',
    'finding.severity.error': '오류',
    'finding.severity.warning': '경고',
    'finding.severity.info': '참고',
    'field.type': '유형',
    'field.coupon': '샵 쿠폰',
    'field.items': '상품',
    'field.audience': '발송 대상(팬)',
    'field.recipients': '발송 대상(주문번호 업로드)',
    'field.sendDate': '발송 날짜',
    'field.sendTime': '발송 시간',
    'field.banner': '이미지 설정',
  },
});
