import { describe, expect, test } from 'vitest';
import { sayDeadline } from '../messages/deadline-summary';
import { explainDeadline, firstDue } from './explain';
import { parseDeadline } from './parse';

const ISSUED = '2021-07-01';

describe('firstDue', () => {
  test.each([
    ['2021 年 9 月前完成现有规划文件主动公开；长期工作', '2021-09-30'],
    ['长期工作；2021年12月前', '2021-12-31'],
    ['第三季度', '2021-09-30'],
    ['印发之日起30日内', '2021-07-31'],
    ['本方案印发后15个工作日内', '2021-07-22'],
    ['每季度', '2021-09-30'],
    ['每月28日前', '2021-07-28'],
    ['收到申请之日起20个工作日内', null],
    ['长期工作', null],
    ['及时', null],
    ['视情况', null],
  ])('%s → %s', (text, due) => {
    expect(firstDue(parseDeadline(text, { issued: ISSUED }).deadline)).toBe(due);
  });
});

describe('sayDeadline', () => {
  test.each([
    [
      '2021 年 9 月前完成现有规划文件主动公开；长期工作',
      '完成现有规划文件主动公开: by 2021-09-30 (endOfMonth; endOfPreviousMonth reading: 2021-08-31); ongoing',
    ],
    ['9月底前', 'by 2021-09-30 (exact; year taken from the plan)'],
    ['第三季度', 'from 2021-07-01 to 2021-09-30'],
    ['年内持续推进', 'ongoing until 2021-12-31'],
    ['每年至少召开2次', 'recurring every year in month 12 on day 31, at least 2 times each'],
    [
      '收到申请之日起20个工作日内，可延长20个工作日',
      '20 working days after 收到申请, extendable by 20 working days',
    ],
    ['印发之日起30日内', '30 calendar days after 印发 (2021-07-01)'],
    ['第一时间', 'as soon as possible'],
    ['—', 'not specified'],
  ])('%s (en)', (text, summary) => {
    expect(sayDeadline(parseDeadline(text, { issued: ISSUED }).deadline, 'en')).toBe(summary);
  });

  test.each([
    [
      '2021 年 9 月前完成现有规划文件主动公开；长期工作',
      '完成现有规划文件主动公开：2021-09-30 前（按当月月底前理解；按当月开始前理解为 2021-08-31）；长期工作',
    ],
    ['9月底前', '2021-09-30 前（按原文所写日期理解；年份取自方案）'],
    ['第三季度', '2021-07-01 至 2021-09-30'],
    ['年内持续推进', '持续推进至 2021-12-31'],
    ['每年至少召开2次', '定期（每年 12 月 31 日），每期至少 2 次'],
    ['收到申请之日起20个工作日内，可延长20个工作日', '自收到申请起 20 个工作日内，可延长 20 个工作日'],
    ['印发之日起30日内', '自印发（2021-07-01）起 30 日内'],
    ['第一时间', '及时完成'],
    ['—', '未明确时限'],
  ])('%s (zh-CN, the default)', (text, summary) => {
    const { deadline } = parseDeadline(text, { issued: ISSUED });
    expect(sayDeadline(deadline)).toBe(summary);
    expect(explainDeadline(text, { issued: ISSUED }).summary).toBe(summary);
  });
});

describe('explainDeadline', () => {
  test('gives the typed value, the reading, the alternatives and the status', () => {
    const explanation = explainDeadline('2021 年 9 月前', { issued: ISSUED, asOf: '2021-09-15' });
    expect(explanation).toMatchObject({
      text: '2021 年 9 月前',
      kind: 'by',
      due: '2021-09-30',
      reading: 'endOfMonth',
      alternatives: [{ reading: 'endOfPreviousMonth', due: '2021-08-31' }],
      yearInferred: false,
      deadline: { kind: 'by', due: '2021-09-30' },
      status: { status: 'atRisk', due: '2021-09-30', strictDue: '2021-08-31' },
      notices: [],
    });
    // plain JSON, for a CLI's --json
    expect(JSON.parse(JSON.stringify(explanation))).toEqual(explanation);
  });

  test('without asOf there is no status', () => {
    const explanation = explainDeadline('长期工作', { issued: ISSUED });
    expect(explanation).toMatchObject({
      kind: 'ongoing',
      due: null,
      reading: null,
      alternatives: [],
      notices: [],
    });
    expect(explanation).not.toHaveProperty('status');
  });

  test('a compound deadline explains its first dated part', () => {
    expect(explainDeadline('长期工作；2021年12月前', { issued: ISSUED, asOf: '2022-01-01' })).toMatchObject({
      kind: 'compound',
      due: '2021-12-31',
      reading: 'endOfMonth',
      status: { status: 'overdue', parts: [{ status: 'ongoing' }, { status: 'overdue', daysLate: 1 }] },
    });
  });

  test('notices of reading and of status are both given', () => {
    const explanation = explainDeadline('3月前', { issued: ISSUED, asOf: 'tomorrow' });
    expect(explanation.notices.map((n) => n.code)).toEqual(['deadline-year-rolled', 'invalid-as-of']);
    expect(explainDeadline('视情况', { issued: ISSUED })).toMatchObject({
      kind: 'unspecified',
      due: null,
      notices: [{ code: 'deadline-unrecognised', found: '视情况' }],
    });
  });

  test('passes completion facts and anchors to the status', () => {
    expect(
      explainDeadline('收到申请之日起20个工作日内', {
        issued: ISSUED,
        asOf: '2021-10-28',
        anchors: { requestReceived: '2021-09-25' },
        completion: { done: true, on: '2021-10-26' },
      }).status,
    ).toMatchObject({ status: 'done', due: '2021-10-27' });
  });
});
