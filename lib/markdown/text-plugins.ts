import { nameToEmoji } from 'gemoji'
import type { Parents, PhrasingContent, Root } from 'mdast'

/**
 * Text rewrites of two public Jekyll plugins, applied only when the site lists them:
 * jemoji (`:tada:` → 🎉, as the Unicode character rather than GitHub's image, so pages load nothing from
 * elsewhere) and jekyll-mentions (`@name` → a link to the GitHub profile). Code and links are left alone.
 */
const SKIP = new Set(['inlineCode', 'code', 'html', 'link', 'linkReference', 'yaml'])

type Rewrite = (text: string) => PhrasingContent[] | undefined

function rewriteText(tree: Root, rewrite: Rewrite): void {
  const walk = (parent: Parents) => {
    for (const node of parent.children) {
      if (SKIP.has(node.type) || !('children' in node)) continue
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'tableCell') {
        node.children = node.children.flatMap((child) => (child.type === 'text' ? (rewrite(child.value) ?? [child]) : [child]))
      }
      walk(node)
    }
  }
  walk(tree)
}

const SHORTCODE = /:([a-z0-9_+-]+):/g

/** `:name:` to its emoji, for every gemoji name; unknown names stay as written. */
export function emojify(text: string): string {
  return text.replace(SHORTCODE, (whole, name: string) => nameToEmoji[name] ?? whole)
}

export function remarkJemoji() {
  return (tree: Root) =>
    rewriteText(tree, (text) => {
      const out = emojify(text)
      return out === text ? undefined : [{ type: 'text', value: out }]
    })
}

// As jekyll-mentions: a name of letters, digits and inner hyphens, after a non-word character, not an email.
const MENTION = /(^|[^\w@/.])@([a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38})(?![\w/@-])/gi

export function mentionLinks(text: string, baseUrl: string): PhrasingContent[] | undefined {
  const out: PhrasingContent[] = []
  let last = 0
  for (const m of text.matchAll(MENTION)) {
    const start = m.index + (m[1] ?? '').length
    const name = m[2] ?? ''
    if (start > last) out.push({ type: 'text', value: text.slice(last, start) })
    out.push({ type: 'link', url: `${baseUrl.replace(/\/+$/, '')}/${name}`, data: { hProperties: { className: ['user-mention'] } }, children: [{ type: 'text', value: `@${name}` }] })
    last = start + 1 + name.length
  }
  if (last === 0) return undefined
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) })
  return out
}

export function remarkMentions(options: { baseUrl?: string } = {}) {
  const baseUrl = options.baseUrl ?? 'https://github.com'
  return (tree: Root) => rewriteText(tree, (text) => mentionLinks(text, baseUrl))
}
