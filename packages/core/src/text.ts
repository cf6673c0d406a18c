/**
 * Turning a file's bytes into text, with a clear word when they are not UTF-8.
 */
import type { Diagnostic, SourcePosition } from './diagnostics';
import { positionAt } from './position';
import { catalogued, type MessageCode, type ParamsOf } from './messages';
import type { SignatureKind } from './messages/files';

/** The result of {@link decodeText}. */
export type DecodeResult = { success: true; text: string } | { success: false; diagnostic: Diagnostic };

/**
 * Decode a plan file's bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are read; anything
 * else (GBK and GB18030 are common in government offices) is an error that says how to convert it,
 * rather than text full of replacement characters — naming what the file seems to be instead (GBK,
 * UTF-16 without a BOM, UTF-32, a PDF, Word or Excel file, an image) and where, when it can.
 *
 * @example
 * decodeText(new TextEncoder().encode('meta:'), { fileName: 'plan.yaml' });
 * //=> { success: true, text: 'meta:' }
 */
export function decodeText(bytes: Uint8Array, options: { fileName?: string | undefined } = {}): DecodeResult {
  const fail = <C extends EncodingMessage>(
    id: C,
    params: ParamsOf<C>,
    start?: SourcePosition,
  ): DecodeResult => ({
    success: false,
    diagnostic: {
      severity: 'error',
      code: 'encoding',
      file: options.fileName,
      ...catalogued(id, params),
      ...(start ? { start } : {}),
    },
  });
  const binary = binaryKind(bytes);
  if (binary) return fail('encoding/signature', { kind: binary }, START);
  const [b0, b1, b2] = bytes;
  const encoding =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const utf16 = encoding === 'utf-8' ? utf16WithoutBom(bytes) : undefined;
    if (utf16) return fail('encoding/no-bom', { encoding: utf16 }, START);
    if (encoding !== 'utf-8') return fail('encoding/bad-bom', { encoding: encoding.toUpperCase() });
    return fail(looksLikeGb(bytes) ? 'encoding/gbk' : 'encoding', {}, firstInvalidUtf8(bytes));
  }
  if (encoding === 'utf-8' && b0 === 0xef && b1 === 0xbb && b2 === 0xbf && text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const utf16 = encoding === 'utf-8' ? utf16WithoutBom(bytes) : undefined;
    if (utf16) return fail('encoding/no-bom', { encoding: utf16 }, START);
    return fail('encoding/nul', {}, positionAt(text, nul));
  }
  return { success: true, text };
}

const START: SourcePosition = { line: 1, column: 1, offset: 0 };

/** File signatures of documents that people pass instead of a plan's text (e.g. the plan's PDF). */
const SIGNATURES: readonly [bytes: readonly number[], kind: SignatureKind][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'pdf'],
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'ole'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'rtf'],
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf32'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf32'],
];

/** The messages of a file that cannot be decoded. */
type EncodingMessage = Extract<MessageCode, 'encoding' | `encoding/${string}`>;

function binaryKind(bytes: Uint8Array): SignatureKind | undefined {
  for (const [signature, kind] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return kind;
  }
  return undefined;
}

/**
 * UTF-16 without a byte-order mark: plan files are mostly ASCII (keys, spaces, line ends), whose
 * UTF-16 form has a zero byte in every other place — after the character (LE) or before it (BE).
 */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs === 0) return undefined;
  if (odd >= pairs / 4 && even <= odd / 8) return 'UTF-16LE';
  if (even >= pairs / 4 && odd <= even / 8) return 'UTF-16BE';
  return undefined;
}

/** GBK double-byte characters: a lead byte 0x81–0xFE followed by a trail byte 0x40–0xFE. */
function looksLikeGb(bytes: Uint8Array): boolean {
  let pairs = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length && i < 4096; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const t = bytes[i + 1];
    if (b >= 0x81 && b <= 0xfe && t !== undefined && t >= 0x40 && t <= 0xfe && t !== 0x7f) {
      pairs++;
      i++;
    } else bad++;
  }
  return pairs > 0 && bad === 0;
}

function firstInvalidUtf8(bytes: Uint8Array): SourcePosition | undefined {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return { line, column, offset: i };
    for (let k = 1; k < len; k++) {
      if ((bytes[i + k]! & 0xc0) !== 0x80) return { line, column, offset: i };
    }
    // Overlong forms, UTF-16 surrogates (ED A0–BF: CESU-8) and code points past U+10FFFF.
    const b1 = bytes[i + 1]!;
    if (
      (b === 0xe0 && b1 < 0xa0) ||
      (b === 0xed && b1 >= 0xa0) ||
      (b === 0xf0 && b1 < 0x90) ||
      (b === 0xf4 && b1 > 0x8f)
    ) {
      return { line, column, offset: i };
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += len;
  }
  return undefined;
}
