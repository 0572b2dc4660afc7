import type { Element, ElementContent, Properties, Root, RootContent } from 'hast'
import { find, html } from 'property-information'
import type { VFile } from 'vfile'
import { ContentError } from '../../content/error'
import { shownName } from '../liquid'
import { DROPPED_WITH_CONTENT, isAllowedAttribute, isSafeUrl, KEPT, URL_ATTRIBUTES } from './schema'
import { filterStyle } from './style'

export type SanitizeOptions = {
  /** https origins whose iframes and scripts posts may embed (`site.embedOrigins`). */
  embedOrigins: readonly string[]
  /** The whole site's HTML is trusted: nothing is removed (`site.trustedHtml`). */
  trusted?: boolean
  /** A removal stops the build instead of warning (`site.strictHtml`). */
  strict?: boolean
  /** Where a warning goes; stderr by default. */
  warn?: (line: string) => void
}

/** Elements nested deeper than this stop the build: every later stage walks the tree recursively. */
export const MAX_HTML_DEPTH = 400

/**
 * Removes from post HTML whatever could run script or reach outside the post (see ./schema and ./style),
 * and reports each removal naming the post and the element: one warning line per post, or a build error
 * under `strict`. Runs right after raw HTML is parsed, before our own plugins add their markup.
 */
export function rehypeSanitizePost(options: SanitizeOptions) {
  return (tree: Root, file: VFile) => {
    if (options.trusted || file.data.trustedHtml === true) {
      checkDepth(tree, file)
      return
    }
    const removed: string[] = []
    tree.children = cleanChildren(tree.children, { embedOrigins: options.embedOrigins, removed, file }, 0)
    if (removed.length === 0) return
    const what = summarize(removed)
    const name = shownName(file)
    if (options.strict) {
      throw new ContentError(name, 'body', `HTML that could run script or restyle the page: ${what}`, 'remove it, or set trusted_html: true in the front matter if this post is yours to trust')
    }
    ;(options.warn ?? ((line) => process.stderr.write(`${line}\n`)))(`warning: ${name}: removed from the post's HTML: ${what} (set trusted_html: true to keep it)`)
  }
}

type Context = { embedOrigins: readonly string[]; removed: string[]; file: VFile }

function cleanChildren<T extends RootContent | ElementContent>(children: readonly T[], context: Context, depth: number): ElementContent[] {
  if (depth > MAX_HTML_DEPTH) tooDeep(context.file)
  const out: ElementContent[] = []
  for (const child of children) {
    if (child.type === 'text' || child.type === 'comment') {
      out.push(child)
      continue
    }
    if (child.type !== 'element') {
      // A doctype, or raw HTML no parser has read (rehype-raw leaves none): nothing a post body needs.
      if (child.type === 'raw') context.removed.push('unparsed raw HTML')
      continue
    }
    const tag = child.tagName.toLowerCase()
    if (isEmbed(child, tag, context.embedOrigins)) {
      out.push({ ...child, properties: cleanProperties(child, tag, context), children: tag === 'script' ? [] : cleanChildren(child.children, context, depth + 1) })
    } else if (tag === 'input' && child.properties.type === 'checkbox') {
      // A task-list box: shown, never editable.
      out.push({ ...child, properties: { type: 'checkbox', checked: child.properties.checked === true, disabled: true } })
    } else if (DROPPED_WITH_CONTENT.has(tag)) {
      context.removed.push(describeElement(child, tag))
    } else if (KEPT.has(tag)) {
      out.push({ ...child, properties: cleanProperties(child, tag, context), children: cleanChildren(child.children, context, depth + 1) })
    } else {
      context.removed.push(`<${tag}> (its text kept)`)
      out.push(...cleanChildren(child.children, context, depth + 1))
    }
  }
  return out
}

function cleanProperties(node: Element, tag: string, context: Context): Properties {
  const kept: Properties = {}
  for (const [property, value] of Object.entries(node.properties)) {
    const attribute = find(html, property).attribute.toLowerCase()
    if (!isAllowedAttribute(tag, attribute)) {
      context.removed.push(`${attribute} on <${tag}>`)
    } else if (URL_ATTRIBUTES.has(attribute) && typeof value === 'string' && !urlsOf(attribute, value).every((url) => isSafeUrl(url, attribute, tag))) {
      context.removed.push(`${attribute}="${value.trim().slice(0, 40)}" on <${tag}>`)
    } else if (attribute === 'style' && typeof value === 'string') {
      const style = filterStyle(value)
      for (const name of style.removed) context.removed.push(`style "${name}" on <${tag}>`)
      if (style.kept) kept[property] = style.kept
    } else {
      kept[property] = value
    }
  }
  return kept
}

/** `srcset` lists URLs with sizes: each must be safe. */
function urlsOf(attribute: string, value: string): string[] {
  return attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value]
}

/** An iframe, or a script with a `src` and no inline code, from one of the allowed https origins. */
function isEmbed(node: Element, tag: string, origins: readonly string[]): boolean {
  if (tag !== 'iframe' && tag !== 'script') return false
  if (tag === 'script' && node.children.some((child) => child.type === 'text' && child.value.trim() !== '')) return false
  const src = node.properties.src
  if (typeof src !== 'string') return false
  return origins.includes(embedOrigin(src) ?? '')
}

/** The https origin of an embed's `src` (`//host/…` counts as https); undefined for anything else. */
export function embedOrigin(src: string): string | undefined {
  try {
    const url = new URL(src.trim().startsWith('//') ? `https:${src.trim()}` : src.trim())
    return url.protocol === 'https:' ? url.origin : undefined
  } catch {
    return undefined
  }
}

function describeElement(node: Element, tag: string): string {
  const src = node.properties.src ?? node.properties.href ?? node.properties.data
  if (typeof src === 'string') return `<${tag} ${node.properties.src !== undefined ? 'src' : 'href'}="${src.slice(0, 60)}">`
  if (tag === 'meta' && typeof node.properties.httpEquiv !== 'undefined') return `<meta http-equiv="${String(node.properties.httpEquiv)}">`
  return tag === 'script' || tag === 'style' ? `inline <${tag}>` : `<${tag}>`
}

/** `<script> ×2, onclick on <img>`, in order of first appearance. */
function summarize(removed: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const item of removed) counts.set(item, (counts.get(item) ?? 0) + 1)
  return [...counts].map(([item, n]) => (n > 1 ? `${item} ×${n}` : item)).join(', ')
}

/** Trusted HTML is not cleaned, but its depth is still bounded. */
function checkDepth(tree: Root, file: VFile): void {
  const stack: [Root | Element, number][] = [[tree, 0]]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next
    if (depth > MAX_HTML_DEPTH) tooDeep(file)
    for (const child of node.children) if (child.type === 'element') stack.push([child, depth + 1])
  }
}

function tooDeep(file: VFile): never {
  throw new ContentError(shownName(file), 'body', `HTML elements are nested more than ${MAX_HTML_DEPTH} deep`, 'flatten the nesting; no page needs it that deep')
}
