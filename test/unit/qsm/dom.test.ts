import { describe, expect, it } from 'vitest';
import { parseClock, parseCount, parseJstDateTimes, parseSlashDate } from '../../../lib/qsm/dom';
import {
  isLabel,
  matchLabel,
  normalizeLabel,
  optionLabels,
  rowLabels,
  startsWithLabel,
} from '../../../lib/qsm/labels';

describe('reading QSM values', () => {
  it('reads dates as QSM writes them, rejecting impossible ones', () => {
    expect(parseSlashDate('2026/11/29')).toBe('2026-11-29');
    expect(parseSlashDate('2026/1/5')).toBe('2026-01-05');
    expect(parseSlashDate('２０２６／１２／０１')).toBe('2026-12-01');
    expect(parseSlashDate('2026/02/30')).toBeNull();
    expect(parseSlashDate('2028/2/29')).toBe('2028-02-29');
    expect(parseSlashDate('2026/2/29')).toBeNull();
    expect(parseSlashDate('2026/13/01')).toBeNull();
    expect(parseSlashDate('2026年12月31日')).toBe('2026-12-31');
    expect(parseSlashDate('')).toBeNull();
  });

  it('reads clock times and rejects out-of-range ones', () => {
    expect(parseClock('10:00')).toBe('10:00');
    expect(parseClock('9:30')).toBe('09:30');
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('—')).toBeNull();
  });

  it('reads a coupon period into two JST instants', () => {
    expect(parseJstDateTimes('2026/11/20 00:00 ~ 2026/12/31 23:59')).toEqual([
      '2026-11-20T00:00:00+09:00',
      '2026-12-31T23:59:00+09:00',
    ]);
    expect(parseJstDateTimes('2026/11/20 ~ 2026/12/31')).toEqual([]);
  });

  it('reads counts with thousands separators', () => {
    expect(parseCount('36,212')).toBe(36212);
    expect(parseCount('您有36212位店铺粉丝。')).toBe(36212);
    expect(parseCount('fans')).toBeNull();
  });
});

describe('labels', () => {
  it('compares without spaces, colons, asterisks or a trailing full stop', () => {
    expect(normalizeLabel(' 订单号上传. ')).toBe('订单号上传');
    expect(normalizeLabel('* 优惠券号码：')).toBe('优惠券号码');
    expect(matchLabel('Send  to', rowLabels.sendTo)).toBe('en');
    expect(matchLabel('送信先:', rowLabels.sendTo)).toBe('ja');
    expect(matchLabel('发送', rowLabels.sendTo)).toBeNull();
  });

  it('tells the goods modes apart by their words', () => {
    expect(startsWithLabel('自动选择排名前', optionLabels.goodsAuto)).toBe(true);
    expect(isLabel('商品选择', optionLabels.goodsManual)).toBe(true);
    expect(isLabel('商品选择', optionLabels.goodsAuto)).toBe(false);
  });
});
