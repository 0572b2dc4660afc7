import type { Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { ContentError } from '../content/error'
import { shownName } from './liquid'

/**
 * Lists and blockquotes nested deeper than this stop the build, naming the post: parsing nested
 * containers costs more than linear time (800 levels took 13 s, 5,000 never finished), and no post needs
 * a hundred levels. Raw HTML elements get the sanitiser's own, looser bound.
 */
export const MAX_MARKDOWN_DEPTH = 100
export const MAX_RAW_HTML_DEPTH = 400
/**
 * `[` left open at once in one paragraph: the Markdown parser looks back over every open one at each
 * bracket or emphasis mark (16,000 took 7 s, 50,000 over a minute); a real paragraph has a handful.
 */
export const MAX_OPEN_BRACKETS = 1000

// Elements that close themselves, or that HTML closes implicitly when the next one opens.
const NO_DEPTH = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option'])
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(\/?)>/g

/** The deepest container nesting a line prefix shows: each `>`, each list marker, every two columns of leading indent. */
export function markdownDepth(source: string): number {
  let deepest = 0
  let fence: string | undefined
  for (const line of source.split('\n')) {
    const trimmed = line.trimStart()
    const fenceMark = /^(`{3,}|~{3,})/.exec(trimmed)?.[1]
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined
      continue
    }
    if (fenceMark !== undefined) fence = fenceMark
    deepest = Math.max(deepest, linePrefixDepth(line))
  }
  return deepest
}

function linePrefixDepth(line: string): number {
  let depth = 0
  let columns = 0
  let i = 0
  while (i < line.length) {
    const c = line[i]
    // Only the indent before the first marker nests; the spaces after a marker just separate it.
    if (c === ' ' || c === '\t') columns += depth === 0 ? (c === ' ' ? 1 : 4) : 0
    else if (c === '>') depth += 1
    else if ((c === '-' || c === '*' || c === '+') && /[ \t]/.test(line[i + 1] ?? '')) depth += 1
    else {
      const ordered = /^\d{1,9}[.)][ \t]/.exec(line.slice(i, i + 12))
      if (!ordered) break
      depth += 1
      i += ordered[0].length - 1
    }
    i += 1
  }
  return depth + Math.floor(columns / 2)
}

/** The deepest run of raw HTML elements opened and not yet closed, counted over the whole source. */
export function rawHtmlDepth(source: string): number {
  let depth = 0
  let deepest = 0
  for (const m of source.matchAll(TAG)) {
    const name = (m[2] ?? '').toLowerCase()
    if (NO_DEPTH.has(name) || m[3] === '/') continue
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1
    deepest = Math.max(deepest, depth)
  }
  return deepest
}

/** The most `[` open at once in any one paragraph (text between blank lines), fenced code left out. */
export function openBrackets(source: string): number {
  let deepest = 0
  let open = 0
  let fence: string | undefined
  for (const line of source.split('\n')) {
    const fenceMark = /^(`{3,}|~{3,})/.exec(line.trimStart())?.[1]
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined
      continue
    }
    if (fenceMark !== undefined) fence = fenceMark
    if (line.trim() === '') open = 0
    for (const c of line) {
      if (c === '[') deepest = Math.max(deepest, ++open)
      else if (c === ']' && open > 0) open -= 1
    }
  }
  return deepest
}

/** Checks the source before it is parsed; a post too deep is parsed as empty and refused by name. */
export function remarkNestingLimit(this: Processor) {
  const parse = this.parser
  if (!parse) throw new Error('remarkNestingLimit must be used after remark-parse')
  const tooDeep = new WeakMap<VFile, string>()
  this.parser = (document, file) => {
    const problem = nestingProblem(document)
    if (problem === undefined) return parse(document, file)
    tooDeep.set(file, problem)
    return parse('', file)
  }
  return (_tree: Root, file: VFile) => {
    const problem = tooDeep.get(file)
    if (problem !== undefined) throw new ContentError(shownName(file), 'body', problem, 'flatten the nesting (or close the brackets, or put them in a code block); no page needs it that deep')
  }
}

function nestingProblem(document: string): string | undefined {
  const markdown = markdownDepth(document)
  if (markdown > MAX_MARKDOWN_DEPTH) return `lists or blockquotes are nested ${markdown} levels deep, more than ${MAX_MARKDOWN_DEPTH}`
  const html = rawHtmlDepth(document)
  if (html > MAX_RAW_HTML_DEPTH) return `HTML elements are nested ${html} deep, more than ${MAX_RAW_HTML_DEPTH}`
  const brackets = openBrackets(document)
  if (brackets > MAX_OPEN_BRACKETS) return `${brackets} "[" are open at once in one paragraph, more than ${MAX_OPEN_BRACKETS} (limit MAX_OPEN_BRACKETS)`
  return undefined
}
