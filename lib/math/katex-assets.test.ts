import { describe, expect, it } from 'vitest'
import { katexFile, katexFiles, woff2Only } from './katex-assets'

describe('KaTeX assets', () => {
  it('keeps only the woff2 source of each font, next to the stylesheet', () => {
    const css = '@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff"),url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")}'
    expect(woff2Only(css)).toBe('@font-face{font-family:KaTeX_AMS;src:url(KaTeX_AMS-Regular.woff2) format("woff2")}')
  })

  it('serves a stylesheet whose every font is a file it also serves', () => {
    const files = katexFiles()
    const css = new TextDecoder().decode(katexFile("katex.css")?.body ?? new ArrayBuffer(0))
    const fonts = [...css.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1])
    expect(fonts.length).toBeGreaterThan(10)
    for (const font of fonts) expect(files).toContain(font)
  })

  it('serves nothing else', () => {
    expect(katexFile('../package.json')).toBeUndefined()
  })
})
