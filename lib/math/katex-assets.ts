import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { installedPackageDir } from '../build/installed'

/**
 * KaTeX's stylesheet and fonts, served by the site itself (so the CSP needs no new origin) from
 * /katex/. Only woff2 fonts: every browser that runs this site reads them, so the CSS lists nothing else.
 */
const DIST = join(installedPackageDir('katex'), 'dist')
export const KATEX_CSS = 'katex.css'

export function katexFiles(): string[] {
  return [KATEX_CSS, ...readdirSync(join(DIST, 'fonts')).filter((name) => name.endsWith('.woff2'))]
}

/** The file's bytes and type; undefined for a name that is not one of katexFiles(). */
export function katexFile(name: string): { body: ArrayBuffer; type: string } | undefined {
  if (!katexFiles().includes(name)) return undefined
  if (name === KATEX_CSS) return { body: bytes(Buffer.from(woff2Only(readFileSync(join(DIST, 'katex.min.css'), 'utf8')))), type: 'text/css; charset=utf-8' }
  return { body: bytes(readFileSync(join(DIST, 'fonts', name))), type: 'font/woff2' }
}

/** `src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) …` → `src:url(A.woff2) format("woff2")`. */
export function woff2Only(css: string): string {
  return css.replace(/src:url\(fonts\/([^)]+\.woff2)\) format\("woff2"\)(?:,url\([^)]+\) format\("[^"]+"\))*/g, 'src:url($1) format("woff2")')
}

/** A Buffer's own bytes as an ArrayBuffer (a Buffer may share a larger pool). */
function bytes(buffer: Buffer): ArrayBuffer {
  const copy = new ArrayBuffer(buffer.byteLength)
  new Uint8Array(copy).set(buffer)
  return copy
}
