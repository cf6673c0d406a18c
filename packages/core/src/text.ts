/**
 * Turning a file's bytes into text, with a clear word when they are not UTF-8.
 */
import type { Diagnostic } from './diagnostics';

/** The result of {@link decodeText}. */
export type DecodeResult = { success: true; text: string } | { success: false; diagnostic: Diagnostic };

/**
 * Decode a plan file's bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are read; anything
 * else (GBK and GB18030 are common in government offices) is an error that says how to convert it,
 * rather than text full of replacement characters.
 *
 * @example
 * decodeText(new TextEncoder().encode('meta:'), { fileName: 'plan.yaml' });
 * //=> { success: true, text: 'meta:' }
 */
export function decodeText(bytes: Uint8Array, options: { fileName?: string } = {}): DecodeResult {
  const [b0, b1, b2] = bytes;
  const encoding =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  try {
    let text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    if (encoding === 'utf-8' && b0 === 0xef && b1 === 0xbb && b2 === 0xbf && text.charCodeAt(0) === 0xfeff) {
      text = text.slice(1);
    }
    if (text.includes('\u0000')) throw new Error('NUL character');
    return { success: true, text };
  } catch {
    const gb = looksLikeGb(bytes);
    return {
      success: false,
      diagnostic: {
        severity: 'error',
        code: 'encoding',
        file: options.fileName,
        message: gb
          ? 'the file is not UTF-8 (it looks like GBK/GB18030): save it as UTF-8, e.g. `iconv -f GB18030 -t UTF-8`'
          : 'the file is not UTF-8 or UTF-16 text: save it as UTF-8',
        start: firstInvalidUtf8(bytes),
      },
    };
  }
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

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; offset: number } | undefined {
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
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += len;
  }
  return undefined;
}
