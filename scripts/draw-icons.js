// Draws the add-in's icons (rising bars of an index with a spark of innovation on a teal tile)
// at every size the manifest declares. Pure Node: a tiny PNG encoder over zlib, 4x4 supersampled.
// Run: npm run build:node && node scripts/draw-icons.js  (writes assets/icon-<size>.png, each
// atomically: a failure leaves the previous icon whole)
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const TEAL = [0, 110, 120];
const WHITE = [255, 255, 255];
const GOLD = [255, 196, 37];

// Shapes in a 0..1 unit square, painted in order (later ones on top).
function colourAt(x, y) {
  const r = 0.18; // tile corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  let colour = TEAL;
  const bars = [
    [0.18, 0.3, 0.55],
    [0.4, 0.52, 0.4],
    [0.62, 0.74, 0.25],
  ];
  for (const [left, right, top] of bars) if (x >= left && x <= right && y >= top && y <= 0.82) colour = WHITE;
  // four-pointed spark above the tallest bar
  const sx = Math.abs(x - 0.78);
  const sy = Math.abs(y - 0.22);
  if (sx + sy < 0.14 && Math.min(sx, sy) < 0.035 + 0.2 * (0.14 - sx - sy)) colour = GOLD;
  return colour;
}

function render(size) {
  const ss = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a) [pixels[o], pixels[o + 1], pixels[o + 2]] = [r / a, g / a, b / a].map(Math.round);
      pixels[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return encodePng(size, size, pixels);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < height; y++)
    rows.push(Buffer.from([0]), rgba.subarray(y * width * 4, (y + 1) * width * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function main() {
  let writeFileAtomic;
  try {
    ({ writeFileAtomic } = require('../lib/src/cli/atomic-write.js'));
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND') {
      const { notCompiled } = require('../src/messages/cli.json');
      console.error(`${notCompiled.vi}\n${notCompiled.en}`);
      return 2;
    }
    throw error;
  }
  for (const size of SIZES) {
    try {
      await writeFileAtomic(path.join(__dirname, '..', 'assets', `icon-${size}.png`), render(size));
    } catch (error) {
      if (!error.text) throw error;
      console.error(`${error.text.vi}\n${error.text.en}`);
      return 1;
    }
  }
  console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
