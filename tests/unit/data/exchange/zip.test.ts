import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../../../src/data/exchange/zip';
import { readDataText } from '../../support/real-data';

/** Reads a ZIP through its central directory, inflating each entry with Node's own zlib (not fflate). */
function unzip(zip: Uint8Array): Map<string, { text: string; method: number; stored: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, { text: string; method: number; stored: number }>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const method = view.getUint16(at + 10, true);
    const stored = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + stored);
    const bytes = method === 8 ? new Uint8Array(inflateRawSync(data)) : data;
    files.set(name, { text: decoder.decode(bytes), method, stored });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

describe('the dataset as a ZIP', () => {
  it('holds every file with its name and text, Chinese included', () => {
    const files = new Map([
      ['towns.json', '{"towns":["太谷玛钢"]}'],
      ['figures.csv', 'id,value\r\na,1\r\n'],
      ['空.txt', ''],
    ]);
    const read = unzip(zipFiles(files));
    expect(new Map([...read].map(([name, entry]) => [name, entry.text]))).toEqual(files);
  });

  it('compresses: the bundled figures take a fraction of their size', () => {
    const text = readDataText('figures');
    const entry = unzip(zipFiles(new Map([['figures.json', text]]))).get('figures.json');
    expect(entry?.text).toBe(text);
    expect(entry?.method).toBe(8);
    expect(entry?.stored).toBeLessThan(new TextEncoder().encode(text).length / 3);
  });
});
