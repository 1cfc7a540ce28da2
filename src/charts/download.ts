/** Downloads made in the browser: nothing is sent anywhere, the file is built on the page. */

/** Offers a blob as a file download. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What a chart's image says about itself: drawn above and below the chart, and kept in the file's text chunks. */
export interface PngCaption {
  title: string;
  /** The source line, the date the figures are as of, the dashboard's address: one line each (wrapped to the width). */
  lines: readonly string[];
}

const FONT_FAMILY = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
const TITLE_FONT = `600 16px ${FONT_FAMILY}`;
const LINE_FONT = `12px ${FONT_FAMILY}`;
const PAD = 12;
const TITLE_HEIGHT = 22;
const LINE_HEIGHT = 16;

/** Breaks text into lines no wider than `width` (at spaces where there are any, else anywhere: Chinese has none). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.match(/\S+\s*|\s+/g) ?? []) {
    const tokens = context.measureText(piece).width > width ? [...piece] : [piece];
    for (const token of tokens) {
      if (line && context.measureText(line + token).width > width) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else line += token;
    }
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/**
 * A chart as PNG on a white background, at `scale` times its size, with its title drawn above it
 * and its caption lines (source, "as of", address) below, so that the image says where it comes
 * from wherever it is pasted; the same text goes into the file's iTXt chunks (Title, Description).
 */
export async function svgToPng(
  svgDataUrl: string,
  width: number,
  height: number,
  caption: PngCaption,
  scale = 2,
): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart image could not be drawn'));
  });
  image.src = svgDataUrl;
  await loaded;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  const textWidth = width - 2 * PAD;
  context.font = TITLE_FONT;
  const title = wrap(context, caption.title, textWidth);
  context.font = LINE_FONT;
  const lines = caption.lines.flatMap((line) => wrap(context, line, textWidth));
  const top = PAD + title.length * TITLE_HEIGHT;
  const total = top + height + PAD / 2 + lines.length * LINE_HEIGHT + PAD;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(total * scale);
  // Resizing the canvas resets its state: drawn in CSS pixels from here on.
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, total);
  context.textBaseline = 'top';
  context.fillStyle = '#1f2933';
  context.font = TITLE_FONT;
  title.forEach((line, i) => context.fillText(line, PAD, PAD + i * TITLE_HEIGHT));
  context.drawImage(image, 0, top, width, height);
  context.fillStyle = '#52606d';
  context.font = LINE_FONT;
  lines.forEach((line, i) => context.fillText(line, PAD, top + height + PAD / 2 + i * LINE_HEIGHT));
  const png = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
  return withTextChunks(png, { Title: caption.title, Description: caption.lines.join('\n') });
}

/** CRC-32 (as PNG chunks use it), table made on first use. */
let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One iTXt chunk (UTF-8 text, uncompressed, no language tag): length, type, data, CRC. */
function itxtChunk(keyword: string, text: string): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const typed = new Uint8Array([...encoder.encode('iTXt'), ...data]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  return chunk;
}

/** A PNG with text chunks added after its header chunk (IHDR is always first, 8 + 25 bytes in). */
export async function withTextChunks(png: Blob, entries: Record<string, string>): Promise<Blob> {
  const bytes: Uint8Array<ArrayBuffer> = new Uint8Array(await png.arrayBuffer());
  const headerEnd = 8 + 25;
  const chunks = Object.entries(entries).map(([keyword, text]) => itxtChunk(keyword, text));
  return new Blob([bytes.slice(0, headerEnd), ...chunks, bytes.slice(headerEnd)], { type: 'image/png' });
}
