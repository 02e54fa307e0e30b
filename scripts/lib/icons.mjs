// icons.mjs: the calculator's icon, drawn at build time without dependencies: an SVG and
// PNGs (node's zlib and a minimal PNG encoder). The motif: three rising bars on the
// page's accent blue, each topped in amber (AWS revenue, and the part from Anthropic).
//
//   import { iconSvg, iconPng } from './icons.mjs';   // used by assemble.mjs
//   node scripts/lib/icons.mjs OUT_DIR                 // writes icon.svg, icon-192.png, icon-512.png
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

// Geometry in a 1×1 square.
const BACKGROUND = [0x0b, 0x63, 0xc5];
const BAR = [0xff, 0xff, 0xff];
const TOP = [0xff, 0xc2, 0x47];
const CORNER = 0.2;                   // of the background square
const BAR_CORNER = 0.035;             // of each bar's top
const BASELINE = 0.78;
const BARS = [                        // x, width, height, amber part
  [0.2, 0.15, 0.22, 0.06],
  [0.425, 0.15, 0.36, 0.11],
  [0.65, 0.15, 0.56, 0.19],
];

const insideRounded = (x, y, left, top, right, bottom, r, roundBottom = true) => {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = roundBottom ? Math.min(Math.max(y, top + r), bottom - r) : Math.max(y, top + r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

// The colour at (x, y), [r, g, b, a].
function colourAt(x, y) {
  if (!insideRounded(x, y, 0, 0, 1, 1, CORNER)) return [0, 0, 0, 0];
  for (const [left, width, height, top] of BARS) {
    const barTop = BASELINE - height;
    if (insideRounded(x, y, left, barTop, left + width, BASELINE, BAR_CORNER, false)) {
      return [...(y < barTop + top ? TOP : BAR), 255];
    }
  }
  return [...BACKGROUND, 255];
}

const hex = (rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const f = (v) => +v.toFixed(2);
const n = (v) => f(v * 512);

export function iconSvg() {
  const bars = BARS.map(([left, width, height, top]) => {
    const [x, y, w, r] = [n(left), n(BASELINE - height), n(width), n(BAR_CORNER)];
    const split = n(BASELINE - height + top);
    return `<path fill="${hex(TOP)}" d="M${x} ${split}V${f(y + r)}a${r} ${r} 0 0 1 ${r}-${r}h${f(w - 2 * r)}` +
      `a${r} ${r} 0 0 1 ${r} ${r}V${split}z"/>` +
      `<rect fill="${hex(BAR)}" x="${x}" y="${split}" width="${w}" height="${f(n(BASELINE) - split)}"/>`;
  }).join('');
  return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">' +
    `<rect width="512" height="512" rx="${n(CORNER)}" fill="${hex(BACKGROUND)}"/>${bars}</svg>\n`;
}

// CRC-32 (PNG chunks).
const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; ++i) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

// An RGBA PNG of the icon, `size` px square, 4×4 samples a pixel (smooth edges).
export function iconPng(size) {
  const SAMPLES = 4;
  const stride = size * 4 + 1;
  const raw = Buffer.alloc(stride * size);   // each row: filter byte 0, then RGBA
  for (let py = 0; py < size; ++py) {
    for (let px = 0; px < size; ++px) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; ++sy) {
        for (let sx = 0; sx < SAMPLES; ++sx) {
          const [r, g, b, a] = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          sum[0] += r * a; sum[1] += g * a; sum[2] += b * a; sum[3] += a;
        }
      }
      const o = py * stride + 1 + px * 4;
      const alpha = sum[3];
      for (let c = 0; c < 3; ++c) raw[o + c] = alpha ? Math.round(sum[c] / alpha) : 0;
      raw[o + 3] = Math.round(alpha / (SAMPLES * SAMPLES));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);   // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The files, by name.
export function iconFiles() {
  return { 'icon.svg': iconSvg(), 'icon-192.png': iconPng(192), 'icon-512.png': iconPng(512) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? '.';
  mkdirSync(out, { recursive: true });
  for (const [name, body] of Object.entries(iconFiles())) writeFileSync(join(out, name), body);
}
