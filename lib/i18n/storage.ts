import { defineMessages } from './define';

/** What the popup and the options page say when storage holds data a newer version wrote. */
export const storageMessages = defineMessages({
  en: {
    'storage.newer':
      'Some of your data ({areas}) was saved by a newer version of Push Pilot. It is kept as it is for that version: this one only reads it and saves no changes to it.',
    'storage.area.pushes': 'known pushes',
    'storage.area.templates': 'templates',
    'storage.area.settings': 'settings',
    'storage.area.plan': 'push plan',
  },
  ja: {
    'storage.newer':
      '一部のデータ（{areas}）は新しいバージョンの Push Pilot で保存されています。そのバージョンのためにそのまま残し、このバージョンでは読み取りのみで変更は保存しません。',
    'storage.area.pushes': '既知のプッシュ',
    'storage.area.templates': 'テンプレート',
    'storage.area.settings': '設定',
    'storage.area.plan': 'プッシュ計画',
  },
  zh: {
    'storage.newer':
      '部分数据（{areas}）由更新版本的 Push Pilot 保存。这些数据为该版本原样保留：当前版本只读取，不保存任何更改。',
    'storage.area.pushes': '已知推送',
    'storage.area.templates': '模板',
    'storage.area.settings': '设置',
    'storage.area.plan': '推送计划',
  },
  ko: {
    'storage.newer':
      '일부 데이터({areas})는 더 새로운 버전의 Push Pilot이 저장했습니다. 그 버전을 위해 그대로 두며, 이 버전은 읽기만 하고 변경 사항을 저장하지 않습니다.',
    'storage.area.pushes': '알려진 푸시',
    'storage.area.templates': '템플릿',
    'storage.area.settings': '설정',
    'storage.area.plan': '푸시 계획',
  },
});
