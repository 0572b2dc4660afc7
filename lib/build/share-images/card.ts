// One share card: the text it draws and its PNG. The renderer (next/og, Satori) fetches a font from the
// network for any character its bundled font lacks, and an emoji image for any emoji: the text is cut to
// what the bundled font draws, and the network is closed to the process, so no build step reaches it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ImageResponse } from 'next/og'
import { createElement } from 'react'
import { ShareImage } from '../../../components/ShareImage'
import { installedPackageDir } from '../installed'
import { OG_SIZE } from '../../og'
import { coveredCodePoints } from '../../og/glyphs'
import { cardTitle, drawable } from '../../og/title'

export type CardText = { title: string; byline: string; siteName: string }

let glyphs: ((codePoint: number) => boolean) | undefined
function hasGlyph(codePoint: number): boolean {
  glyphs ??= coveredCodePoints(readFileSync(join(installedPackageDir('next'), 'dist/compiled/@vercel/og/Geist-Regular.ttf')))
  return glyphs(codePoint)
}

/** What the card of `file` draws; `warn` gets one line naming the post when characters are left out. */
export function cardText(file: string, text: CardText, warn: (line: string) => void): CardText {
  const title = cardTitle(text.title, file, hasGlyph)
  const byline = drawable(text.byline, hasGlyph)
  const siteName = drawable(text.siteName, hasGlyph)
  const dropped = [...new Set([...title.dropped, ...byline.dropped, ...siteName.dropped])]
  if (dropped.length > 0) {
    const shown = dropped.slice(0, 8).map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')
    warn(`warning: ${file}: share image drawn without ${dropped.length} character${dropped.length === 1 ? '' : 's'} its font lacks (${shown}${dropped.length > 8 ? ', …' : ''}); the page itself shows them`)
  }
  return { title: title.text, byline: byline.text, siteName: siteName.text }
}

/**
 * Refuses every fetch in this process but of `data:` URLs (the renderer loads its own WebAssembly that way),
 * naming the URL: the renderer must find everything it needs locally.
 */
export function closeNetwork(): void {
  const local = globalThis.fetch
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    if (url.startsWith('data:')) return local(input, init)
    return Promise.reject(new Error(`share images: the build does not reach the network, and the renderer asked for ${url.slice(0, 120)}`))
  }
}

export async function drawPng(text: CardText): Promise<Buffer> {
  const response = new ImageResponse(createElement(ShareImage, { title: text.title, byline: text.byline, siteName: text.siteName }), OG_SIZE)
  return Buffer.from(await response.arrayBuffer())
}
