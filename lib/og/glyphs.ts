/**
 * Which characters a TrueType font has glyphs for, read from its `cmap` table (formats 4 and 12, the two
 * every Unicode font carries). The share-image renderer fetches a font from the network for any character
 * its bundled font lacks; the build must not reach the network, so the card draws only covered characters.
 */
export function coveredCodePoints(font: Uint8Array): (codePoint: number) => boolean {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength)
  const cmap = tableOffset(view, 'cmap')
  const ranges: [number, number][] = []
  const single = new Set<number>()
  const subtables = view.getUint16(cmap + 2)
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8)
    const offset = cmap + view.getUint32(cmap + 8 + i * 8)
    // Unicode (0) or Windows Unicode (3); other platforms map legacy encodings.
    if (platform !== 0 && platform !== 3) continue
    const format = view.getUint16(offset)
    if (format === 4) for (const c of format4(view, offset)) single.add(c)
    else if (format === 12) ranges.push(...format12(view, offset))
  }
  if (ranges.length === 0 && single.size === 0) throw new Error('the font has no Unicode cmap')
  return (codePoint) => single.has(codePoint) || ranges.some(([first, last]) => codePoint >= first && codePoint <= last)
}

function tableOffset(view: DataView, tag: string): number {
  const tables = view.getUint16(4)
  for (let i = 0; i < tables; i++) {
    const at = 12 + i * 16
    const name = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3))
    if (name === tag) return view.getUint32(at + 8)
  }
  throw new Error(`the font has no ${tag} table`)
}

/** Code points of a format-4 subtable, less those that map to the missing glyph (0). */
function format4(view: DataView, offset: number): number[] {
  const segments = view.getUint16(offset + 6) / 2
  const ends = offset + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  const covered: number[] = []
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2)
    const start = view.getUint16(starts + s * 2)
    const delta = view.getUint16(deltas + s * 2)
    const rangeOffset = view.getUint16(rangeOffsets + s * 2)
    if (start === 0xffff) continue
    for (let c = start; c <= end; c++) {
      const glyph = rangeOffset === 0 ? (c + delta) & 0xffff : glyphAt(view, rangeOffsets + s * 2 + rangeOffset + (c - start) * 2, delta)
      if (glyph !== 0) covered.push(c)
    }
  }
  return covered
}

function glyphAt(view: DataView, at: number, delta: number): number {
  if (at + 2 > view.byteLength) return 0
  const glyph = view.getUint16(at)
  return glyph === 0 ? 0 : (glyph + delta) & 0xffff
}

function format12(view: DataView, offset: number): [number, number][] {
  const groups = view.getUint32(offset + 12)
  const ranges: [number, number][] = []
  for (let g = 0; g < groups; g++) {
    const at = offset + 16 + g * 12
    ranges.push([view.getUint32(at), view.getUint32(at + 4)])
  }
  return ranges
}
