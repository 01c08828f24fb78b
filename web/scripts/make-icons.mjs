// Draws the app icons (public/icons/*.png) with node built-ins only: a white speech bubble with
// a tick on the brand green. Run `node scripts/make-icons.mjs` after changing the drawing; the
// PNGs are committed, so the build needs nothing from here.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const BRAND = [0x0b, 0x5c, 0x4b]
const WHITE = [0xff, 0xff, 0xff]
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons')

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}
function png(size, pixel) {
  const rows = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4) // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4)
    rows.push(row)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// Shapes in unit coordinates (0..1, y down).
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}
function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry)
  const d1 = s(x, y, ax, ay, bx, by)
  const d2 = s(x, y, bx, by, cx, cy)
  const d3 = s(x, y, cx, cy, ax, ay)
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))
}
function nearSegment(x, y, [ax, ay], [bx, by], width) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= width / 2
}

// The colour at (x, y) or null for transparent. `scale` shrinks the mark towards the centre
// (the maskable icon keeps it inside the safe circle); `fullBleed` paints the whole square.
function shape(x, y, scale, fullBleed) {
  if (!fullBleed && !inRoundRect(x, y, 0, 0, 1, 1, 0.2)) return null
  const u = 0.5 + (x - 0.5) / scale
  const v = 0.5 + (y - 0.5) / scale
  const tick = nearSegment(u, v, [0.36, 0.45], [0.46, 0.55], 0.075) || nearSegment(u, v, [0.46, 0.55], [0.66, 0.34], 0.075)
  const bubble = inRoundRect(u, v, 0.18, 0.2, 0.82, 0.68, 0.1) || inTriangle(u, v, [0.3, 0.66], [0.48, 0.66], [0.26, 0.84])
  return bubble && !tick ? WHITE : BRAND
}

// 4x4 supersampling for smooth edges.
function draw(size, scale, fullBleed) {
  return png(size, (px, py) => {
    let r = 0, g = 0, b = 0, a = 0
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        const c = shape((px + (i + 0.5) / 4) / size, (py + (j + 0.5) / 4) / size, scale, fullBleed)
        if (!c) continue
        r += c[0]; g += c[1]; b += c[2]; a += 1
      }
    }
    return a ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / 16) * 255)] : [0, 0, 0, 0]
  })
}

const icons = {
  'icon-192.png': draw(192, 1, false),
  'icon-512.png': draw(512, 1, false),
  'maskable-512.png': draw(512, 0.72, true),
  'apple-touch-icon.png': draw(180, 0.86, true), // iOS rounds the corners itself
}
for (const [name, body] of Object.entries(icons)) {
  writeFileSync(join(out, name), body)
  console.log(`${name} ${body.length} bytes`)
}
