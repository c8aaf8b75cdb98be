import { defineMessages } from './define';

export const common = defineMessages({
  en: {
    'app.name': 'QSM Push Pilot',
    'type.ad': 'Advertisement',
    'type.compensation': 'Compensation',
    'time.jst': '{time} JST',
    'time.local': '{time} your time ({zone})',
  },
  ja: {
    'app.name': 'QSM Push Pilot',
    'type.ad': '広告',
    'type.compensation': '補償',
    'time.jst': '{time}（日本時間）',
    'time.local': '{time}（お使いの時間帯 {zone}）',
  },
  zh: {
    'app.name': 'QSM Push Pilot',
    'type.ad': '广告',
    'type.compensation': '补偿',
    'time.jst': '{time}（日本时间）',
    'time.local': '{time}（您的时间 {zone}）',
  },
});
