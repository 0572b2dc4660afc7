import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { parse as parseYaml } from 'yaml'

const DEMOTED = { 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 6 } as const

/** Letters and digits only, lower-cased: "ContainerDays in Boston" and "Container Days in Boston" compare equal. */
export function titleKey(text: string): string {
  return text.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()
}

/**
 * The page shows the post title as its one `h1`. Jekyll posts often repeat it as the body's first heading:
 * that heading is dropped. Any `h1` left in the body is a section heading, so all headings move down a level.
 */
export function remarkTitleHeading() {
  return (tree: Root) => {
    const title = frontMatterTitle(tree)
    const firstContent = tree.children.findIndex((node) => node.type !== 'yaml')
    const first = tree.children[firstContent]
    if (title && first?.type === 'heading' && first.depth === 1 && titleKey(toString(first)) === titleKey(title)) {
      tree.children.splice(firstContent, 1)
    }
    const headings: Heading[] = []
    visit(tree, 'heading', (h) => void headings.push(h))
    if (headings.some((h) => h.depth === 1)) {
      for (const h of headings) h.depth = DEMOTED[h.depth]
    }
  }
}

function frontMatterTitle(tree: Root): string | undefined {
  const yamlNode = tree.children.find((node) => node.type === 'yaml')
  if (!yamlNode || yamlNode.type !== 'yaml') return undefined
  const data: unknown = parseYaml(yamlNode.value)
  if (typeof data !== 'object' || data === null || !('title' in data)) return undefined
  return typeof data.title === 'string' ? data.title : undefined
}
