import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '../../src/data/zip';

/** Reads a stored ZIP through its central directory, checking each entry's CRC with Node's own. */
function unzip(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const start = local + 30 + view.getUint16(local + 26, true);
    const data = zip.subarray(start, start + size);
    expect(nodeCrc32(data)).toBe(crc);
    files.set(name, decoder.decode(data));
    at += 46 + nameLength;
  }
  return files;
}

describe('the dataset as a ZIP', () => {
  it('computes the standard CRC-32', () => {
    const bytes = new TextEncoder().encode('晋中特色专业镇 specialty towns');
    expect(crc32(bytes)).toBe(nodeCrc32(bytes));
  });

  it('holds every file with its name and text, Chinese included', () => {
    const files = new Map([
      ['towns.json', '{"towns":["太谷玛钢"]}'],
      ['figures.csv', 'id,value\r\na,1\r\n'],
      ['空.txt', ''],
    ]);
    expect(unzip(zipFiles(files))).toEqual(files);
  });
});
