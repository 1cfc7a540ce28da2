/**
 * A text file's bytes as text, whatever Excel or WPS on Chinese Windows saved it in: UTF-8 with or
 * without a byte-order mark, UTF-16 ("Unicode text", little- or big-endian), or GB18030 (which
 * includes GBK and GB2312, the "ANSI" of Chinese Windows). The encoding is detected from the bytes,
 * never guessed from the name: a byte-order mark first; then text that is valid UTF-8 is UTF-8;
 * text that is not is tried as GB18030. What still cannot be read as text is refused, never shown
 * garbled.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: DecodeFailure };

/** Why bytes are not text: not valid in any of the encodings tried, or binary (control characters). */
export type DecodeFailure = 'not-text' | 'binary';

function decodeAs(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Whether bytes without a byte-order mark look like UTF-16: text in it has a zero byte beside
 * every ASCII character (one side for little-endian, the other for big-endian).
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = length / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Control characters other than tab and line breaks, or private-use characters: signs of a binary
 * file, or of text read in the wrong encoding (GB18030 maps some byte pairs to private-use code points).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000-\uF8FF\uFFFD]/;

export function decodeText(bytes: Uint8Array): Decoded {
  const candidates: [TextEncodingName, string, Uint8Array][] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    candidates.push(['utf-8-bom', 'utf-8', bytes.subarray(3)]);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) candidates.push(['utf-16le', 'utf-16le', bytes.subarray(2)]);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) candidates.push(['utf-16be', 'utf-16be', bytes.subarray(2)]);
  else {
    const utf16 = utf16WithoutMark(bytes);
    if (utf16) candidates.push([utf16, utf16, bytes]);
    candidates.push(['utf-8', 'utf-8', bytes], ['gb18030', 'gb18030', bytes]);
  }
  let binary = false;
  for (const [name, label, body] of candidates) {
    const text = decodeAs(label, body);
    if (text === null) continue;
    if (NOT_TEXT.test(text)) {
      binary = true;
      continue;
    }
    return { ok: true, text, encoding: name };
  }
  return { ok: false, reason: binary ? 'binary' : 'not-text' };
}
