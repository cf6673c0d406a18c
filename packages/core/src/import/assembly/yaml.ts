/**
 * Writing an imported plan as a YAML plan file, with comments on the nodes the importer was
 * unsure of (待核对标注), so a person can check exactly those spots.
 */
import { Document, isMap, isPair, isScalar, isSeq, type Node, type Pair, Scalar, visit } from 'yaml';
import { formatLines } from '../readers/draft';
import type { ImportDiagnostic, ImportResult } from '../types';
import { say } from '../../messages';

/**
 * Options of {@link importedPlanToYaml}.
 *
 * @example
 * importedPlanToYaml(result, { source: 'notice.txt', all: true });
 */
export interface ImportYamlOptions {
  /** The source file, named in the header comment. */
  source?: string | undefined;
  /** Mark `info` decisions too, not only warnings. */
  all?: boolean | undefined;
  /** A `$schema` path for editors (`# yaml-language-server: $schema=…`). */
  schema?: string | undefined;
}

/** The first line that a comment marks: `check:` for warnings, `note:` for information. */
const MARK = { warning: 'check', error: 'check', info: 'note' } as const;

function commentFor(d: ImportDiagnostic): string {
  // The file's own lines (a plan run together on one line is read as pieces of that line).
  const lines: [number, number] | undefined = d.start && d.end ? [d.start.line, d.end.line] : d.lines;
  const where =
    lines || d.confidence !== undefined
      ? say('yaml-where', {
          ...(lines ? { lines: formatLines(lines) } : {}),
          ...(d.confidence !== undefined ? { confidence: d.confidence } : {}),
        })
      : '';
  return ` ${MARK[d.severity]}: ${d.message}${where}`.replace(/\n/g, ' ');
}

/** The node a diagnostic path names, and the pair holding it (for a comment above its key). */
function locate(doc: Document, path: readonly (string | number)[]): { node?: Node; pair?: Pair } {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const found = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part);
      if (!found) break;
      pair = found as Pair;
      node = found.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (item === undefined) break;
      pair = undefined;
      node = item;
    } else break;
  }
  return { node: node as Node | undefined, ...(pair ? { pair } : {}) };
}

function addComment(target: { commentBefore?: string | null }, text: string): void {
  target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${text}` : text;
}

/**
 * Write an imported plan as YAML (导入结果转 YAML), with `# check: …` comments above every value the
 * importer was unsure of. The text round-trips through `parsePlan`.
 *
 * @example
 * const result = importPlanText(seedText);
 * const yamlText = importedPlanToYaml(result, { source: 'seeds/000_fc8bcf8b29ea9190.txt' });
 * parsePlan(yamlText).tasks.length; //=> 50
 */
export function importedPlanToYaml(result: ImportResult, options: ImportYamlOptions = {}): string {
  if (!result.plan) return '';
  const doc = new Document(result.plan, { aliasDuplicateObjects: false });
  // Dates stay text for every YAML reader (YAML 1.1 tools would read 2021-07-01 as a timestamp).
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(node.value))
        node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const header: string[] = [];
  if (options.schema) header.push(` yaml-language-server: $schema=${options.schema}`);
  header.push(
    ` ${say('yaml-imported', { source: options.source ?? '', layout: result.layout })}`,
    ` ${say('yaml-check', {})}`,
  );
  const marked = result.diagnostics.filter((d) => d.severity !== 'info' || (options.all && d.path));
  for (const d of marked) {
    const text = commentFor(d);
    if (!d.path || d.path.length === 0) {
      header.push(text);
      continue;
    }
    const { node, pair } = locate(doc, d.path);
    if (pair && isScalar(pair.key)) addComment(pair.key, text);
    else if (node && typeof node === 'object') addComment(node as { commentBefore?: string | null }, text);
    else header.push(text);
  }
  doc.commentBefore = header.join('\n');
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
