import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

// Draws the toolbar icon at 16, 32, 48 and 128 px into public/icon/ (committed; run again after
// a change: `npx tsx scripts/icons.ts`). A deep-blue rounded square with a light rim (so it stands
// out on dark toolbars as on light ones) holding three lines of "text", the middle one marked
// with a red highlight: what DiploMark does to a dispatch. Shapes are measured on a 0..1 square
// and supersampled, so each size is drawn, not scaled.

type Rgba = [number, number, number, number];
const BLUE: Rgba = [29, 78, 137, 255];
const RIM: Rgba = [214, 226, 240, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const RED: Rgba = [229, 72, 77, 255];

function roundedRect(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): boolean {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The colour at a point of the unit square (null: transparent). */
function colourAt(x: number, y: number): Rgba | null {
  if (!roundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  if (!roundedRect(x, y, 0.08, 0.08, 0.92, 0.92, 0.15)) return RIM;
  // The marked middle line: a red band under white text.
  if (roundedRect(x, y, 0.18, 0.42, 0.82, 0.6, 0.05)) {
    return roundedRect(x, y, 0.24, 0.48, 0.76, 0.54, 0.03) ? WHITE : RED;
  }
  if (roundedRect(x, y, 0.2, 0.22, 0.8, 0.32, 0.05)) return WHITE;
  if (roundedRect(x, y, 0.2, 0.7, 0.62, 0.8, 0.05)) return WHITE;
  return BLUE;
}

function draw(size: number): Buffer {
  const ss = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) sum[i]! += c[i]! * c[3];
          sum[3]! += c[3];
        }
      }
      const a = sum[3]!;
      const out = a === 0 ? [0, 0, 0, 0] : [sum[0]! / a, sum[1]! / a, sum[2]! / a, a / (ss * ss)];
      for (const [i, v] of out.entries()) row.writeUInt8(Math.round(v), 1 + px * 4 + i);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = join(import.meta.dirname, "..", "public", "icon");
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, `${size}.png`), draw(size));
console.log(`icons written to ${dir}`);
