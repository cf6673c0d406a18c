import { describe, expect, test } from 'vitest';
import { Deadline } from './schema';
import { deadlineStatus } from './status';
import { type StatutoryRuleId, statutoryDue, statutoryRules } from './statutory';

describe('statutoryRules', () => {
  test('are valid deadlines, each citing its article', () => {
    for (const [id, rule] of Object.entries(statutoryRules)) {
      expect(rule.id).toBe(id);
      expect(Deadline.safeParse(rule.deadline).success).toBe(true);
      expect(rule.basis.regulation).toContain('政府信息公开条例');
      expect(rule.basis.quote.length).toBeGreaterThan(10);
    }
  });

  test.each<[StatutoryRuleId, string, boolean, string]>([
    ['departmentAnnualReport', '2021-07-01', false, '2022-01-31'],
    ['departmentAnnualReport', '2021-12-31', false, '2022-01-31'],
    ['governmentAnnualReport', '2021-03-15', false, '2022-03-31'],
    ['requestReply', '2021-09-25', false, '2021-10-27'],
    ['requestReply', '2021-09-25', true, '2021-11-24'],
    ['proactiveDisclosure', '2021-09-30', false, '2021-11-03'],
  ])('%s from %s (extended: %s) → %s', (id, anchorOn, extended, date) => {
    expect(statutoryDue(statutoryRules[id], anchorOn, { extended })).toEqual({ date, provisional: false });
  });

  test('work with deadlineStatus', () => {
    const reply = statutoryRules.requestReply.deadline;
    expect(
      deadlineStatus(reply, { asOf: '2021-10-20', anchors: { requestReceived: '2021-09-25' } }),
    ).toMatchObject({
      status: 'dueSoon',
      due: '2021-10-27',
    });
    expect(deadlineStatus(reply, { asOf: '2021-10-20' }).status).toBe('awaitingAnchor');
    const annual = { ...statutoryRules.departmentAnnualReport.deadline, start: '2021-07-01' };
    expect(deadlineStatus(annual, { asOf: '2022-02-01' })).toMatchObject({
      status: 'overdue',
      due: '2022-01-31',
    });
  });
});
