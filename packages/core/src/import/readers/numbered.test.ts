import { describe, expect, test } from 'vitest';
import { importPlanText } from '../assembly/import';

describe('numbered items, when no layout reads', () => {
  test.each([
    [
      'units nowhere: a plan to review, units left to fill in',
      '关于做好民生实事的通知\n1、增加教育资源供给实施新建学校12个何海平教育局\n2、促进就业稳定增长新增就业15000人何海平人社局',
      [1, 2],
      ['（未识别）', '（未识别）'],
    ],
    [
      'a trailing bracket with 负责 names the units',
      '1.做好甲工作,全年完成十项。(市财政局等负责)\n2.做好乙工作,按季度报告。(市审计局负责)',
      [1, 2],
      null,
    ],
  ])('%s', (_what, text, numbers, units) => {
    const result = importPlanText(text);
    expect(result.plan?.tasks.map((t) => t.number)).toEqual(numbers);
    if (units) {
      expect(result.layout).toBe('numbered');
      expect(result.plan?.tasks.map((t) => t.units)).toEqual(units);
      const said = result.diagnostics.find((d) => d.code === 'numbered-fallback');
      expect(said?.severity).not.toBe('info');
      expect(said?.message).toContain('按编号读出 2 项任务，请逐项核对；其中 2 项没有找到落实单位');
    }
  });

  test('a numbering that restarts is one list; decimals are not numbers', () => {
    const result = importPlanText(
      '一、经济\n1、GDP增长6%左右\n2.5%的增速不是任务\n二、民生\n1、新增就业1万人\n2、城镇登记失业率3%以内',
    );
    expect(result.layout).toBe('numbered');
    // Three tasks (the plan numbers them uniquely); 2.5% continues the first one's text.
    expect(result.plan?.tasks.map((t) => [t.category, t.text])).toEqual([
      ['经济', 'GDP增长6%左右2.5%的增速不是任务'],
      ['民生', '新增就业1万人'],
      ['民生', '城镇登记失业率3%以内'],
    ]);
  });

  test('text with no numbered items still gives no plan, and says why', () => {
    const result = importPlanText('这是一段说明文字，没有任务。');
    expect(result.plan).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toContain('no-table');
  });
});
