/**
 * Messages of files (文件) — bytes that are not text, an archive that cannot be opened, a file that
 * cannot be read, and the one-line summaries of the errors thrown for them (see define.ts): Chinese
 * first.
 */
import { defineMessages, type Locale } from './define';

/** What a file is, by its first bytes, when it is not a plan's text (decodeText). */
export type SignatureKind = 'pdf' | 'zip' | 'ole' | 'rtf' | 'png' | 'jpeg' | 'utf32';

const SIGNATURE_ZH: Readonly<Record<SignatureKind, string>> = {
  pdf: 'PDF 文档：请用 `fengong import` 导入（或先提取其文字）',
  zip: 'ZIP 压缩包（.docx、.xlsx 文件即是）：请用 `fengong import` 导入，或将表格另存为文本',
  ole: '旧版 Word 或 Excel 文件（.doc/.xls）：请将表格另存为文本，或用 `fengong import` 导入',
  rtf: 'RTF 文档：请另存为 UTF-8 纯文本',
  png: 'PNG 图片，不是文本',
  jpeg: 'JPEG 图片，不是文本',
  utf32: 'UTF-32 编码的文本：请另存为 UTF-8',
};
const SIGNATURE_EN: Readonly<Record<SignatureKind, string>> = {
  pdf: 'a PDF document: extract its text (e.g. `pdftotext -layout`) and use `fengong import`',
  zip: 'a ZIP archive (a .docx or .xlsx file is one): save the table as text or copy it out, and use `fengong import`',
  ole: 'an old Word or Excel file (.doc/.xls): save the table as text, and use `fengong import`',
  rtf: 'an RTF document: save it as plain UTF-8 text',
  png: 'a PNG image, not text',
  jpeg: 'a JPEG image, not text',
  utf32: 'UTF-32 text: save it as UTF-8',
};

/** Why an archive (.docx/.xlsx) cannot be read: the detail of `bad-zip` and `zip-bomb`. */
export type ZipProblem =
  | 'no-directory'
  | 'zip64'
  | 'too-many-entries'
  | 'directory-outside'
  | 'entry-damaged'
  | 'encrypted'
  | 'local-header'
  | 'past-end'
  | 'ratio'
  | 'too-much'
  | 'stored-size'
  | 'method'
  | 'inflate'
  | 'inflates-more'
  | 'inflates-other';

/** The facts of a {@link ZipProblem}: which part of the archive, and the numbers. */
export type ZipFacts = {
  problem: ZipProblem;
  entry?: string;
  count?: number;
  max?: number | string;
  size?: string;
  compressed?: string;
  method?: number;
  written?: number;
  declared?: number;
  error?: string;
};

/**
 * What is wrong with an archive, in `locale` (the detail of `bad-zip` and `zip-bomb`).
 *
 * @example
 * zipDetail({ problem: 'entry-damaged' }, 'en'); //=> 'a central directory entry is damaged'
 */
export function zipDetail(facts: ZipFacts, locale: Locale): string {
  return locale === 'en' ? zipEn(facts) : zipZh(facts);
}

function zipZh(p: ZipFacts): string {
  const e = p.entry ?? '';
  switch (p.problem) {
    case 'no-directory':
      return '压缩包没有中央目录（文件不完整或已损坏）';
    case 'zip64':
      return '不读取 ZIP64 格式的压缩包（.docx/.xlsx 文件不会这么大）';
    case 'too-many-entries':
      return `压缩包有 ${p.count} 个条目，最多接受 ${p.max} 个`;
    case 'directory-outside':
      return '中央目录位于压缩包之外';
    case 'entry-damaged':
      return '中央目录中有条目已损坏';
    case 'encrypted':
      return `${e} 已加密：请另存一份无密码的文档`;
    case 'local-header':
      return `${e} 的本地文件头已损坏`;
    case 'past-end':
      return `${e} 超出了压缩包的末尾`;
    case 'ratio':
      return `${e} 声称由 ${p.compressed} 解压为 ${p.size}（压缩比超过 ${p.max}:1）：疑为压缩炸弹`;
    case 'too-much':
      return `所读部分解压后将超过 ${p.max}（${e} 声称 ${p.size}）：疑为压缩炸弹，或文档远大于一份方案`;
    case 'stored-size':
      return `${e} 以未压缩方式存放，但大小不符`;
    case 'method':
      return `${e} 使用第 ${p.method} 种压缩方法，不是 DEFLATE`;
    case 'inflate':
      return `${e} 无法解压（${p.error ?? ''}）`;
    case 'inflates-more':
      return `${e} 解压后超过文件头声称的 ${p.size}：疑为压缩炸弹`;
    case 'inflates-other':
      return `${e} 解压为 ${p.written} 字节，而非文件头声称的 ${p.declared} 字节`;
  }
}

function zipEn(p: ZipFacts): string {
  const e = p.entry ?? '';
  switch (p.problem) {
    case 'no-directory':
      return 'the archive has no central directory (a truncated or damaged .docx/.xlsx file)';
    case 'zip64':
      return 'ZIP64 archives are not read (a .docx/.xlsx file is never that large)';
    case 'too-many-entries':
      return `the archive has ${p.count} entries; at most ${p.max} are accepted`;
    case 'directory-outside':
      return 'the central directory lies outside the archive';
    case 'entry-damaged':
      return 'a central directory entry is damaged';
    case 'encrypted':
      return `${e} is encrypted: save the document without a password`;
    case 'local-header':
      return `the local header of ${e} is damaged`;
    case 'past-end':
      return `${e} runs past the end of the archive`;
    case 'ratio':
      return `${e} declares ${p.size} from ${p.compressed} (a ratio over ${p.max}:1): a zip bomb`;
    case 'too-much':
      return `the parts read would inflate to more than ${p.max} (${e} declares ${p.size}): a zip bomb, or a document far larger than a plan`;
    case 'stored-size':
      return `${e} is stored with a wrong size`;
    case 'method':
      return `${e} uses compression method ${p.method}, not DEFLATE`;
    case 'inflate':
      return `${e} cannot be inflated (${p.error ?? ''})`;
    case 'inflates-more':
      return `${e} inflates to more than the ${p.size} its header declares: a zip bomb`;
    case 'inflates-other':
      return `${e} inflates to ${p.written} bytes, not the ${p.declared} its header declares`;
  }
}

/** An old Office file that LibreOffice converts (.doc → .docx, .xls → .xlsx). */
type OldOffice = { kind: 'doc' | 'xls'; package: string; target: string; at?: string };
const OLD_ZH = { doc: 'Word（.doc）', xls: 'Excel（.xls）' } as const;
const OLD_EN = { doc: 'Word (.doc)', xls: 'Excel (.xls)' } as const;

export const FILES_MESSAGES = defineMessages({
  'encoding/no-bom': {
    'zh-CN': (p: { encoding: string }) =>
      `文件似乎是没有字节顺序标记（BOM）的 ${p.encoding} 编码：请另存为 UTF-8`,
    en: (p: { encoding: string }) =>
      `the file looks like ${p.encoding} without a byte-order mark: save it as UTF-8`,
  },
  'encoding/bad-bom': {
    'zh-CN': (p: { encoding: string }) =>
      `文件开头是 ${p.encoding} 的字节顺序标记，但内容不是 ${p.encoding} 文本：请另存为 UTF-8`,
    en: (p: { encoding: string }) =>
      `the file starts with a ${p.encoding} byte-order mark but is not ${p.encoding} text: save it as UTF-8`,
  },
  'encoding/gbk': {
    'zh-CN': () =>
      '文件不是 UTF-8 编码（似为 GBK/GB18030）：请另存为 UTF-8，例如 `iconv -f GB18030 -t UTF-8`',
    en: () =>
      'the file is not UTF-8 (it looks like GBK/GB18030): save it as UTF-8, e.g. `iconv -f GB18030 -t UTF-8`',
  },
  encoding: {
    'zh-CN': () => '文件不是 UTF-8 或 UTF-16 编码的文本：请另存为 UTF-8',
    en: () => 'the file is not UTF-8 or UTF-16 text: save it as UTF-8',
  },
  'encoding/nul': {
    'zh-CN': () => '文件含有 NUL 字符（字节 0）：它是二进制文件，或不是 UTF-8 文本；请另存为 UTF-8',
    en: () => 'the file contains a NUL character (byte 0): it is binary, or not UTF-8 text; save it as UTF-8',
  },
  'encoding/signature': {
    'zh-CN': (p: { kind: SignatureKind }) => `文件是${SIGNATURE_ZH[p.kind]}`,
    en: (p: { kind: SignatureKind }) => `the file is ${SIGNATURE_EN[p.kind]}`,
  },
  'file-missing': {
    'zh-CN': () => '文件不存在',
    en: () => 'no such file',
  },
  'file-is-directory': {
    'zh-CN': () => '这是一个目录，不是文件',
    en: () => 'is a directory, not a file',
  },
  'file-denied': {
    'zh-CN': () => '没有读取权限',
    en: () => 'permission denied',
  },
  'file-unreadable': {
    'zh-CN': (p: { detail: string }) => `无法读取（${p.detail}）`,
    en: (p: { detail: string }) => `cannot be read (${p.detail})`,
  },
  'registry-missing': {
    'zh-CN': () => '方案所指的单位名录文件不存在',
    en: () => 'the unit registry named by the plan does not exist',
  },
  'ledger-unreadable': {
    'zh-CN': (p: { detail: string }) => `无法读取台账（${p.detail}）`,
    en: (p: { detail: string }) => `cannot read the ledger (${p.detail})`,
  },
  'ledger-unwritable': {
    'zh-CN': (p: { detail: string }) => `无法写入台账（${p.detail}）；台账未改动`,
    en: (p: { detail: string }) => `cannot write the ledger (${p.detail}); the ledger is unchanged`,
  },
  'converter-missing': {
    'zh-CN': (p: OldOffice) =>
      `读取旧版 ${OLD_ZH[p.kind]}文件需要 LibreOffice，但${p.at ? `在 ${p.at} ` : ''}没有找到：请安装（Debian/Ubuntu：sudo apt-get install ${p.package}），或在 Word、Excel 或 WPS 中将文件另存为 .${p.target}`,
    en: (p: OldOffice) =>
      `LibreOffice is needed to read an old ${OLD_EN[p.kind]} file and was not found${p.at ? ` at ${p.at}` : ''}: install it (Debian/Ubuntu: sudo apt-get install ${p.package}), or save the file as .${p.target} in Word, Excel or WPS`,
  },
  'conversion-failed': {
    'zh-CN': (p: OldOffice & { why?: string }) =>
      `LibreOffice 未能将文件转换为 .${p.target}${p.why ? `（${p.why}）` : ''}：它真是旧版 ${OLD_ZH[p.kind]}文件吗？${p.package} 是否已安装？`,
    en: (p: OldOffice & { why?: string }) =>
      `LibreOffice could not convert the file to .${p.target}${p.why ? ` (${p.why})` : ''}: is it really an old ${OLD_EN[p.kind]} file, and is ${p.package} installed?`,
  },
  'conversion-failed/timeout': {
    'zh-CN': (p: { seconds: number }) => `LibreOffice 未能在 ${p.seconds} 秒内完成文件转换`,
    en: (p: { seconds: number }) => `LibreOffice did not finish converting the file within ${p.seconds} s`,
  },
  // One-line summaries of a FengongInputError (its first line, above the diagnostics).
  'summary/unreadable': {
    'zh-CN': (p: { file?: string }) => `${p.file ?? '文件'}无法读取`,
    en: (p: { file?: string }) => `${p.file ?? 'the file'} could not be read`,
  },
  'summary/not-importable': {
    'zh-CN': (p: { file?: string }) => `${p.file ?? '文件'}无法导入`,
    en: (p: { file?: string }) => `${p.file ?? 'the file'} cannot be imported`,
  },
  'summary/not-convertible': {
    'zh-CN': (p: { file?: string }) => `${p.file ?? '文件'}无法转换`,
    en: (p: { file?: string }) => `${p.file ?? 'the file'} cannot be converted`,
  },
  'summary/invalid-plan': {
    'zh-CN': (p: { file?: string }) => `${p.file ?? '方案'}不是有效的方案`,
    en: (p: { file?: string }) => `${p.file ?? 'plan'} is not a valid plan`,
  },
  'summary/invalid-registry': {
    'zh-CN': (p: { file?: string }) => `${p.file ?? '单位名录'}不是有效的单位名录`,
    en: (p: { file?: string }) => `${p.file ?? 'registry'} is not a valid unit registry`,
  },
  'summary/invalid-ledger': {
    'zh-CN': (p: { file?: string }) => `${p.file ?? '台账'}不是可读取的进度台账`,
    en: (p: { file?: string }) => `${p.file ?? 'ledger'} is not a readable progress ledger`,
  },
});
