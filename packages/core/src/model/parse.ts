/**
 * Reading plan and registry files (YAML or JSON text) into the typed model, with every problem
 * reported at its `file:line:column`.
 */
import { catalogued, isMessageCode, type MessageParams, say } from '../messages';
import { CORE_SCHEMA, load as loadFast } from 'js-yaml';
import {
  type CST,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  Parser,
  parseDocument,
  visit,
  type YAMLError,
} from 'yaml';
import type { z } from 'zod';
import { type Diagnostic, FengongInputError, type SourcePosition } from '../diagnostics';
import { positionAt } from '../position';
import { Plan, Registry } from './schema';
import { schemaIssue } from './schema-issue';

/** Options shared by the `parse*` functions. */
export interface ParseOptions {
  /** Name of the file the text came from, used in diagnostics (and `.json` selects strict JSON). */
  fileName?: string | undefined;
  /** `json` reads strict JSON; default: by the file name, else YAML (of which JSON is a subset). */
  format?: 'yaml' | 'json' | undefined;
}

/** The result of a `safeParse*` function: the value, or the diagnostics that stopped it. */
export type SafeParseResult<T> =
  | { success: true; data: T; diagnostics: Diagnostic[] }
  | { success: false; data?: undefined; diagnostics: Diagnostic[] };

/** Aliases expand into copies; a small cap stops “billion laughs” documents. */
const MAX_ALIAS_COUNT = 100;

/**
 * How deeply collections may nest. A plan nests about six levels (tasks → task → overrides → roles →
 * list); the YAML reader recurses once per level and overflows the stack at several hundred, which
 * is reported, but a second overflow in the same process has been seen to abort it (V8 runs out of
 * memory compiling a regular expression), so documents this deep are refused before they are read.
 */
const MAX_NESTING = 100;

/**
 * The offset of the first collection nested deeper than {@link MAX_NESTING}, found on the YAML
 * reader's concrete syntax tree, which is built without recursion; walked here with a stack.
 */
function tooDeep(source: string): number | undefined {
  const stack: [CST.Token, number][] = [];
  for (const document of new Parser().parse(source)) {
    stack.push([document, 0]);
    while (stack.length > 0) {
      const [token, depth] = stack.pop()!;
      if (token.type === 'document') {
        if (token.value) stack.push([token.value, depth]);
      } else if (
        token.type === 'block-map' ||
        token.type === 'block-seq' ||
        token.type === 'flow-collection'
      ) {
        if (depth >= MAX_NESTING) return token.offset;
        for (const item of token.items) {
          if ('key' in item && item.key) stack.push([item.key, depth + 1]);
          if (item.value) stack.push([item.value, depth + 1]);
        }
      }
    }
  }
  return undefined;
}

interface LoadedDocument {
  value: unknown;
  /** The document holds nothing but comments and white space. */
  empty: boolean;
  locate: (path: readonly PropertyKey[], key?: string) => { start: SourcePosition; end: SourcePosition };
}

function loadDocument(
  text: string,
  options: ParseOptions,
  diagnostics: Diagnostic[],
): LoadedDocument | undefined {
  const { fileName } = options;
  const json = (options.format ?? (fileName?.toLowerCase().endsWith('.json') ? 'json' : 'yaml')) === 'json';
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offsetShift = source === text ? 0 : 1;
  const at = (offset: number) => positionAt(text, offset + offsetShift);
  const deep = tooDeep(source);
  if (deep !== undefined) {
    diagnostics.push({
      severity: 'error',
      code: 'too-deep',
      ...catalogued('too-deep', { max: MAX_NESTING }),
      file: fileName,
      start: at(deep),
    });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    // The library's own warnings would go to the process's stderr (e.g. for a list used as a key);
    // what matters is reported as diagnostics.
    logLevel: 'error',
    ...(json ? { schema: 'json' as const } : {}),
  });
  for (const error of doc.errors) {
    diagnostics.push({
      severity: 'error',
      code: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : json ? 'json-syntax' : 'yaml-syntax',
      ...(error.code === 'DUPLICATE_KEY'
        ? catalogued('duplicate-key', { detail: syntaxMessage(error) })
        : json
          ? catalogued('json-syntax', { detail: syntaxMessage(error), strict: false })
          : catalogued('yaml-syntax', { detail: syntaxMessage(error) })),
      file: fileName,
      start: at(error.pos[0]),
      end: at(error.pos[1]),
    });
  }
  if (doc.errors.length > 0) return undefined;
  if (json) {
    // The YAML reader also takes YAML's flow syntax (trailing commas, single quotes, comments): a .json
    // file must be strict JSON.
    try {
      JSON.parse(source);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push({
        severity: 'error',
        code: 'json-syntax',
        ...catalogued('json-syntax', {
          detail: reason.replace(/ in JSON at position \d+.*$|, .*is not valid JSON$/s, ''),
          strict: true,
        }),
        file: fileName,
        start: at(jsonErrorOffset(source, reason)),
      });
      return undefined;
    }
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // Point at the alias that does not resolve, when one does not; else (too many aliases) at the start.
    let where = 0;
    visit(doc, {
      Alias(_, node) {
        if (node.resolve(doc) !== undefined || !node.range) return undefined;
        where = node.range[0];
        return visit.BREAK;
      },
    });
    diagnostics.push({
      severity: 'error',
      code: 'yaml-aliases',
      ...catalogued('yaml-aliases', { detail: error instanceof Error ? error.message : String(error) }),
      file: fileName,
      start: at(where),
    });
    return undefined;
  }

  const locate = (path: readonly PropertyKey[], key?: string) => {
    // Walk as deep as the document goes; a missing key is reported where its parent is.
    let node: Node | null | undefined = doc.contents;
    for (const part of path) {
      const next = childOf(node, part);
      if (next === undefined) break;
      node = next;
    }
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return { start: at(keyNode.range[0]), end: at(keyNode.range[1]) };
    }
    const range = node?.range ?? [0, 0, 0];
    return { start: at(range[0]), end: at(range[1]) };
  };
  return { value, empty: doc.contents === null, locate };
}

/** Where `JSON.parse` stopped, from its message (V8 names a position for most errors, a token for some). */
function jsonErrorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  const token = /Unexpected token '(.)'/su.exec(message)?.[1];
  if (token === undefined) return 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === token) return i;
  }
  return 0;
}

function childOf(node: Node | null | undefined, part: PropertyKey): Node | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
    return (pair?.value as Node | null | undefined) ?? undefined;
  }
  if (isSeq(node) && typeof part === 'number') return (node.items[part] as Node | undefined) ?? undefined;
  return undefined;
}

function syntaxMessage(error: YAMLError): string {
  // The library's message ends with a source excerpt that the location already gives.
  const first = error.message.split('\n')[0] ?? error.message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

function describeValue(value: unknown): string {
  if (value === undefined) return '无';
  if (value === null) return '空值 null';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'object') return '映射';
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  return `${TYPE_NAMES[typeof value] ?? typeof value} ${String(value)}`;
}

/** What zod calls a type, as a person reads it. */
const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '布尔值 true/false',
  array: '列表',
  object: '映射',
  date: '日期',
};

/**
 * A message the schema gave: its catalogue id and params when it is one of the catalogue's, else the
 * catalogue's `invalid-value` (never zod's own English).
 */
function fromSchema(issue: z.core.$ZodIssue): {
  message: string;
  params?: MessageParams;
  messageId?: string;
} {
  const id = schemaIssue(issue);
  return { ...catalogued(id, {}), messageId: id };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}

function issueToDiagnostics(
  issue: z.core.$ZodIssue,
  doc: LoadedDocument,
  fileName: string | undefined,
): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const found = valueAt(doc.value, path);
  const base = { severity: 'error' as const, file: fileName, path };
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        ...base,
        code: 'unknown-key',
        ...catalogued('unknown-key', { key }),
        path: [...path, key],
        ...doc.locate(path, key),
      }));
    case 'invalid_type': {
      const missing = found === undefined;
      return [
        {
          ...base,
          code: missing ? 'missing-key' : 'wrong-type',
          ...(missing
            ? catalogued('missing-key', { key: String(path.at(-1)) })
            : catalogued('wrong-type', {})),
          expected: TYPE_NAMES[issue.expected] ?? issue.expected,
          found: describeValue(found),
          ...(missing ? doc.locate(path.slice(0, -1)) : doc.locate(path)),
        },
      ];
    }
    case 'invalid_value':
      return [
        {
          ...base,
          code: 'invalid-value',
          ...catalogued('invalid-value', {}),
          expected: issue.values.map((v) => JSON.stringify(v)).join('、'),
          found: describeValue(found),
          ...doc.locate(path),
        },
      ];
    case 'invalid_format': {
      const date = issue.message === say('invalid-date', {});
      const code = date ? 'invalid-date' : 'invalid-value';
      return [{ ...base, code, ...fromSchema(issue), found: describeValue(found), ...doc.locate(path) }];
    }
    case 'custom': {
      const { rule, ...params } = (issue.params ?? {}) as { rule?: string } & MessageParams;
      const isDate = issue.message === say('invalid-date', {});
      return [
        {
          ...base,
          code: rule ?? (isDate ? 'invalid-date' : 'invalid-value'),
          ...(rule && isMessageCode(rule) ? catalogued(rule, params as never) : fromSchema(issue)),
          ...(isDate ? { found: describeValue(found) } : {}),
          ...doc.locate(path),
        },
      ];
    }
    case 'too_small': {
      const empty = typeof found === 'string' ? 'empty-text' : 'too-few';
      const code = path.at(-1) === 'units' && typeof found === 'string' ? 'empty-units' : empty;
      return [{ ...base, code, ...fromSchema(issue), found: describeValue(found), ...doc.locate(path) }];
    }
    default:
      return [
        {
          ...base,
          code: 'invalid-value',
          ...fromSchema(issue),
          found: describeValue(found),
          ...doc.locate(path),
        },
      ];
  }
}

/** Anchors and aliases (`&a`, `*a`): their expansion is capped, which only the careful reader does. */
const MAY_HAVE_ALIASES = /(?:^|[\s,[{:-])[&*][^\s,[\]{}]/m;

/**
 * What js-yaml reads otherwise than the careful reader: YAML 1.1 binary numbers (`0b11` is 3 to js-yaml,
 * text to YAML 1.2) and explicit tags (`!!float 7`). Rare in plans; the careful reader decides.
 */
const READ_DIFFERENTLY = /!!|(?:^|[\s,[{:-])[-+]?0b[01]/m;

/**
 * A quoted text continued on a following line: js-yaml takes the continuation at any indentation,
 * YAML 1.2 (the careful reader) only indented under its key. A line with an odd number of quotes
 * opens one; such plans are rare and go to the careful reader, which decides.
 */
function mayHaveMultilineQuotes(text: string): boolean {
  let double = 0;
  let single = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 && text.charCodeAt(i - 1) !== 0x5c) double++;
    else if (c === 0x27) single++;
    else if (c === 0x0a || c === 0x0d) {
      if (double % 2 === 1 || single % 2 === 1) return true;
      double = 0;
      single = 0;
    }
  }
  return false;
}

/**
 * The fast path: js-yaml reads large plans several times faster than the position-tracking
 * reader. Any doubt (a syntax error, a schema error, aliases) falls back to the careful reader,
 * which alone produces diagnostics, so the result is the same either way.
 */
function fastParse<S extends z.ZodType>(
  schema: S,
  text: string,
  options: ParseOptions,
): z.infer<S> | undefined {
  if (MAY_HAVE_ALIASES.test(text) || READ_DIFFERENTLY.test(text) || mayHaveMultilineQuotes(text))
    return undefined;
  const json =
    (options.format ?? (options.fileName?.toLowerCase().endsWith('.json') ? 'json' : 'yaml')) === 'json';
  try {
    if (json) JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const value = loadFast(text, { schema: CORE_SCHEMA });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const result = schema.safeParse(value);
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: string,
  options: ParseOptions,
): SafeParseResult<z.infer<S>> {
  // A lone CR (old Mac files) ends a line for the fast reader but not for the careful one: read it as LF,
  // which keeps every offset, so both readers agree and lines are counted right.
  const text = input.includes('\r') ? input.replace(/\r(?!\n)/g, '\n') : input;
  const fast = fastParse(schema, text, options);
  if (fast !== undefined) return { success: true, data: fast, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const doc = loadDocument(text, options, diagnostics);
  if (!doc) return { success: false, diagnostics };
  if (doc.empty) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-document',
      ...catalogued('empty-document', {}),
      file: options.fileName,
      expected: '映射',
      ...doc.locate([]),
    });
    return { success: false, diagnostics };
  }
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    diagnostics.push({
      severity: 'error',
      code: 'not-a-mapping',
      ...catalogued('not-a-mapping', {}),
      file: options.fileName,
      expected: '映射',
      found: describeValue(doc.value),
      ...doc.locate([]),
    });
    return { success: false, diagnostics };
  }
  const result = schema.safeParse(doc.value);
  if (result.success) return { success: true, data: result.data, diagnostics };
  for (const issue of result.error.issues)
    diagnostics.push(...issueToDiagnostics(issue, doc, options.fileName));
  diagnostics.sort((a, b) => (a.start?.offset ?? 0) - (b.start?.offset ?? 0));
  return { success: false, diagnostics };
}

/**
 * Read a plan file's text (YAML or JSON) without throwing.
 *
 * @example
 * const result = safeParsePlan(yamlText, { fileName: 'plan.yaml' });
 * if (!result.success) console.error(result.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
 */
export function safeParsePlan(text: string, options: ParseOptions = {}): SafeParseResult<Plan> {
  return safeParseWith(Plan, text, options);
}

/**
 * Read a plan file's text (YAML or JSON); throws {@link FengongInputError} listing every diagnostic.
 *
 * @example
 * const plan = parsePlan(yamlText, { fileName: 'seeds/zhanjiang-2021/plan.yaml' });
 * plan.tasks.length; //=> 50
 */
export function parsePlan(text: string, options: ParseOptions = {}): Plan {
  const result = safeParsePlan(text, options);
  if (!result.success)
    throw new FengongInputError(result.diagnostics, {
      id: 'summary/invalid-plan',
      params: { file: options.fileName },
    });
  return result.data;
}

/**
 * Read a unit registry's text (单位名录, YAML or JSON) without throwing.
 *
 * @example
 * const result = safeParseRegistry(registryText, { fileName: 'units.yaml' });
 * result.success && result.data.groups.length; //=> 3
 */
export function safeParseRegistry(text: string, options: ParseOptions = {}): SafeParseResult<Registry> {
  return safeParseWith(Registry, text, options);
}

/**
 * Read a unit registry's text; throws {@link FengongInputError} listing every diagnostic.
 *
 * @example
 * const registry = parseRegistry(yamlText, { fileName: 'seeds/zhanjiang/units.yaml' });
 */
export function parseRegistry(text: string, options: ParseOptions = {}): Registry {
  const result = safeParseRegistry(text, options);
  if (!result.success) {
    throw new FengongInputError(result.diagnostics, {
      id: 'summary/invalid-registry',
      params: { file: options.fileName },
    });
  }
  return result.data;
}
