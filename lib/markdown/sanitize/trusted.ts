import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { parse } from 'yaml'

declare module 'vfile' {
  interface DataMap {
    /** The post's front matter says `trusted_html: true`: its HTML is kept as written. */
    trustedHtml: boolean
  }
}

/**
 * Reads `trusted_html: true` from the post's own front matter (the Markdown chain sees the whole file), so
 * the sanitiser can leave that post's HTML alone. The value is declared and type-checked in
 * contentlayer.config.ts like every other key; an unreadable front matter is Contentlayer's to report.
 */
export function remarkTrustedHtml() {
  return (tree: Root, file: VFile) => {
    const yaml = tree.children.find((node) => node.type === 'yaml')
    if (!yaml) return
    try {
      const data: unknown = parse(yaml.value)
      if (typeof data === 'object' && data !== null && 'trusted_html' in data && data.trusted_html === true) file.data.trustedHtml = true
    } catch {
      // Contentlayer parses the same front matter first and stops the build on YAML it cannot read.
      return
    }
  }
}
