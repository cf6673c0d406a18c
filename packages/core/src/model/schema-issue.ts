/**
 * What the schema says is wrong with a value (校验问题), as the catalogue's id: one of the schema's
 * own messages (said from the catalogue when the schema was built), or `invalid-value` for any other
 * — never zod's own English.
 */
import type { z } from 'zod';
import { say } from '../messages';
import { SCHEMA_ISSUES, type SchemaIssue } from '../messages/model';

let byMessage: Map<string, SchemaIssue> | undefined;

/**
 * The catalogue id of a schema issue's message.
 *
 * @example
 * schemaIssue(Plan.safeParse({ ...plan, tasks: [] }).error!.issues[0]!); //=> 'no-tasks'
 */
export function schemaIssue(issue: z.core.$ZodIssue): SchemaIssue {
  byMessage ??= new Map(SCHEMA_ISSUES.map((id) => [say(id, {}), id] as const));
  return byMessage.get(issue.message) ?? 'invalid-value';
}
