import { defineMessages } from './define';

/** What the popup and the options page say when storage holds data a newer version wrote. */
export const storageMessages = defineMessages({
  en: {
    'storage.newer':
      'Some of your data ({areas}) was saved by a newer version of Push Pilot, so this version only reads it and saves no changes to it. Update Push Pilot to change it again.',
    'storage.area.pushes': 'your pushes',
    'storage.area.templates': 'templates',
    'storage.area.settings': 'settings',
    'storage.area.plan': 'push plan',
  },
  ja: {
    'storage.newer':
      '一部のデータ（{areas}）は新しいバージョンの Push Pilot で保存されているため、このバージョンでは読み取るだけで変更を保存しません。変更するには Push Pilot を更新してください。',
    'storage.area.pushes': 'プッシュの一覧',
    'storage.area.templates': 'テンプレート',
    'storage.area.settings': '設定',
    'storage.area.plan': 'プッシュ計画',
  },
  zh: {
    'storage.newer':
      '部分数据（{areas}）由更新版本的 Push Pilot 保存，当前版本只读取，不保存任何更改。如需修改，请先更新 Push Pilot。',
    'storage.area.pushes': '推送列表',
    'storage.area.templates': '模板',
    'storage.area.settings': '设置',
    'storage.area.plan': '推送计划',
  },
  ko: {
    'storage.newer':
      '일부 데이터({areas})는 더 새로운 버전의 Push Pilot이 저장했으므로, 이 버전은 읽기만 하고 변경 사항을 저장하지 않습니다. 바꾸려면 Push Pilot을 업데이트해 주세요.',
    'storage.area.pushes': '푸시 목록',
    'storage.area.templates': '템플릿',
    'storage.area.settings': '설정',
    'storage.area.plan': '푸시 계획',
  },
});
