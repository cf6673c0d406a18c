/** Role notices (职责解析提示) said from the message catalogue (internal). */
import { catalogued, type MessageCode, type ParamsOf } from '../messages';
import type { RoleNotice } from './schema';

/** The catalogue's entries for role notices: a notice code, or `code/variant`. */
type RoleMessageId = Extract<MessageCode, RoleNotice['code'] | `${RoleNotice['code']}/${string}`>;

/**
 * A notice whose message is said in Chinese from the catalogue entry `id`, with its `params` (and
 * `messageId`, when the id has a variant) kept so that it can be said again in English.
 *
 * @example
 * roleNotice('info', 'vague-group', { name: '有关部门' }, { found: '有关部门' }).message;
 * //=> '“有关部门”未指明是哪些单位：作为一项保留，不展开为成员单位'
 */
export function roleNotice<I extends RoleMessageId>(
  severity: RoleNotice['severity'],
  id: I,
  params: ParamsOf<I>,
  more: Pick<RoleNotice, 'span' | 'found' | 'expected'> = {},
): RoleNotice {
  const said = catalogued(id, params) as Pick<RoleNotice, 'message' | 'params' | 'messageId'>;
  return { severity, code: id.split('/')[0] as RoleNotice['code'], ...said, ...more };
}
