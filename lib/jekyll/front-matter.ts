/**
 * Jekyll's front-matter block: `---` on the first line, YAML, then `---` or `...` on a line of its own.
 * Returns undefined for a file without one (Jekyll copies such files as they are; they are no posts).
 */
const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^(?:---|\.\.\.)[ \t]*$\r?\n?/m

export type FrontMatterSplit = { yaml: string; body: string; bodyLine: number }

export function splitFrontMatter(source: string): FrontMatterSplit | undefined {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined
  const m = BLOCK.exec(text)
  if (!m || m.index !== 0) return undefined
  const yaml = m[1] ?? ''
  return { yaml, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length }
}
