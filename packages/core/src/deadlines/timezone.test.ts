import { afterAll, describe, expect, test } from 'vitest';
import { explainDeadline } from './explain';
import { addWorkingDays, workingDaysBetween } from './working-days';

// Zones either side of UTC, one with DST, and two whose DST switch happens at midnight (when local
// midnight does not exist, a careless date library lands on the previous day).
const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'America/Santiago',
  'Asia/Beirut',
];
const PHRASES = [
  '2021 年 9 月前',
  '2022 年 1 月前',
  '于10月30日前',
  '2021 年 9 月前完成现有规划文件主动公开；长期工作',
  '第三季度',
  '上半年',
  '每月28日前',
  '印发之日起3个月内',
  '收到申请之日起20个工作日内',
  '2024年3月前',
];
const AS_OF = ['2021-03-14', '2021-09-05', '2021-09-15', '2021-10-01', '2021-11-07', '2022-04-03'];

function everything() {
  return {
    explained: PHRASES.flatMap((text) =>
      AS_OF.map((asOf) =>
        explainDeadline(text, { issued: '2021-07-01', asOf, anchors: { requestReceived: '2021-09-25' } }),
      ),
    ),
    working: [
      addWorkingDays('2021-09-25', 20),
      addWorkingDays('2021-03-12', 5),
      workingDaysBetween('2021-01-01', '2021-12-31'),
    ],
  };
}

describe('no time zone shifts a day', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  test('results are identical in every zone', () => {
    process.env.TZ = 'UTC';
    const reference = everything();
    const offsets = new Set<number>();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      offsets.add(new Date(2021, 0, 1).getTimezoneOffset());
      expect(everything(), zone).toEqual(reference);
    }
    // the zone really changed, or this test would prove nothing
    expect(offsets.size).toBeGreaterThan(3);
    expect(reference.explained[0]?.due).toBe('2021-09-30');
  });
});
