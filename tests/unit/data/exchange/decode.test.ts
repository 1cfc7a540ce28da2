import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../src/data/exchange/decode';
import { encodeGbk, encodeUtf16, utf8 } from '../../../fixtures/encodings';

const text =
  'id,town,scope_zh,quote\r\nf-1,qixian-glassware,规模以上企业,"全县玻璃器皿企业近200户，年产值约23亿元"\r\n';

describe('reading a file whatever encoding it was saved in', () => {
  it.each([
    ['UTF-8', utf8(text), 'utf-8'],
    ['UTF-8 with a byte-order mark', utf8(text, true), 'utf-8-bom'],
    ['UTF-16 little-endian (Excel "Unicode text")', encodeUtf16(text), 'utf-16le'],
    ['UTF-16 big-endian', encodeUtf16(text, 'be'), 'utf-16be'],
    ['UTF-16 without a mark', encodeUtf16(text, 'le', false), 'utf-16le'],
    ['GBK (Excel on Chinese Windows)', encodeGbk(text), 'gb18030'],
  ])('%s', (_, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding });
  });

  it('a GBK file is not taken for UTF-8, so no quote is garbled', () => {
    const gbk = encodeGbk('近200户');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const read = decodeText(gbk);
    expect(read.ok && read.text).toBe('近200户');
  });

  it('refuses bytes that no encoding reads as text', () => {
    // 0xFF never starts a character in UTF-8 or GB18030.
    expect(decodeText(new Uint8Array([0x61, 0xff, 0xff, 0x62]))).toEqual({ ok: false, reason: 'not-text' });
  });

  it('refuses a binary file instead of showing it', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeText(png)).toEqual({ ok: false, reason: 'binary' });
  });
});
