// Bytes of a text file to a string, with the encoding found. A download cut
// short can end inside a character; that is told apart from a file in another
// encoding, so the cut row is reported instead of the whole file being read
// as Shift_JIS or given a 「�」.
import iconv from 'iconv-lite';
import { ImportFileError } from './import-file-error.ts';

export type TableEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'cp932';

/** Decoded text; hasBrokenEnd when the bytes ended inside a character (that part is left out of text). */
export type DecodedText = { text: string; encoding: TableEncoding; hasBrokenEnd: boolean };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const SNIFF_BYTES = 8192;
const REPLACEMENT = '\uFFFD';

export function startsWith(bytes: Buffer, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Finds the text encoding: a BOM wins; otherwise strict UTF-8, and Shift_JIS (CP932) when the bytes are not UTF-8. */
export function decodeText(bytes: Buffer): DecodedText {
  if (startsWith(bytes, UTF16LE_BOM)) return decodeUtf16(bytes.subarray(UTF16LE_BOM.length));
  // Text files never hold NUL; images, PDFs and zips other than XLSX do.
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new ImportFileError('fileBinary');
  const result = startsWith(bytes, UTF8_BOM) ? decodeUtf8(bytes.subarray(UTF8_BOM.length), 'utf-8-bom') : (decodeStrictUtf8(bytes) ?? decodeCp932(bytes));
  if (hasManyControlCharacters(result.text)) throw new ImportFileError('fileBinary');
  return result;
}

/** How many bytes at the end start a UTF-8 sequence they do not finish (0 when the end is whole). */
function unfinishedUtf8Tail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

function decodeUtf8(bytes: Buffer, encoding: 'utf-8' | 'utf-8-bom'): DecodedText {
  const tail = unfinishedUtf8Tail(bytes);
  return { text: new TextDecoder('utf-8').decode(bytes.subarray(0, bytes.length - tail)), encoding, hasBrokenEnd: tail > 0 };
}

// Strict, so Shift_JIS bytes are not taken for broken UTF-8; only a cut last character is forgiven.
function decodeStrictUtf8(bytes: Buffer): DecodedText | null {
  const whole = bytes.subarray(0, bytes.length - unfinishedUtf8Tail(bytes));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(whole), encoding: 'utf-8', hasBrokenEnd: whole.length < bytes.length };
  } catch {
    return null;
  }
}

// CP932 rather than plain Shift_JIS: Excel writes NEC and IBM extensions (①, ㈱, 髙).
function decodeCp932(bytes: Buffer): DecodedText {
  const text = iconv.decode(bytes, 'CP932');
  // A lead byte with no second byte decodes to one 「�」 at the very end.
  const hasBrokenEnd = text.endsWith(REPLACEMENT) && bytes[bytes.length - 1] >= 0x81;
  return { text: hasBrokenEnd ? text.slice(0, -1) : text, encoding: 'cp932', hasBrokenEnd };
}

function decodeUtf16(bytes: Buffer): DecodedText {
  const whole = bytes.subarray(0, bytes.length - (bytes.length % 2));
  let text = whole.toString('utf16le');
  // Half a surrogate pair at the end is a character cut in two as well.
  const isCutPair = /[\uD800-\uDBFF]$/.test(text);
  if (isCutPair) text = text.slice(0, -1);
  return { text, encoding: 'utf-16le', hasBrokenEnd: isCutPair || whole.length < bytes.length };
}

/** The encodings by the names people know them by, the same in every language. */
export const encodingNames: Readonly<Record<TableEncoding, string>> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (BOM)', 'utf-16le': 'UTF-16', cp932: 'Shift_JIS (CP932)' };

// EUC-JP or JIS read as Shift_JIS comes out as runs of half-width katakana
// between kanji (名称 → ﾌｾｾﾎ); bytes no encoding fits come out as 「�」.
const GARBLED = /\uFFFD|[\uFF61-\uFF9F]{2,}|[\u4E00-\u9FFF][\uFF61-\uFF9F]|[\uFF61-\uFF9F][\u4E00-\u9FFF]|[\u0080-\u009F\uE000-\uF8FF]/;

/** True when decoded text shows the signs of a wrong encoding. */
export function looksGarbled(text: string): boolean {
  return GARBLED.test(text);
}

function hasManyControlCharacters(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  const controls = sample.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F]/g)?.length ?? 0;
  return controls > sample.length / 100;
}
