import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element, Root } from 'hast'
import { imageSize } from 'image-size'
import { visit } from 'unist-util-visit'

export type ImageOptions = {
  /** Where site-relative image paths are found (`public/`); omit to skip reading sizes. */
  publicDir?: string
}

/**
 * Images in posts load lazily and decode off the main thread, and local images get their intrinsic
 * `width`/`height` so the page never shifts when they arrive. One without `alt` gets an empty one: the
 * author gave no description, and an empty alt keeps screen readers from reading out the file name.
 */
export function rehypeImages(options: ImageOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return
      node.properties.alt ??= ''
      node.properties.loading ??= 'lazy'
      node.properties.decoding ??= 'async'
      const src = node.properties.src
      if (options.publicDir && typeof src === 'string' && node.properties.width === undefined && node.properties.height === undefined) {
        const size = localImageSize(options.publicDir, src)
        if (size) Object.assign(node.properties, size)
      }
    })
  }
}

/** Intrinsic size of a site-relative image under `publicDir`; undefined when missing or unreadable. */
export function localImageSize(publicDir: string, src: string): { width: number; height: number } | undefined {
  if (!src.startsWith('/') || src.startsWith('//')) return undefined
  const path = decodedPath(src.split(/[?#]/)[0] ?? '')
  try {
    const { width, height } = imageSize(readFileSync(join(publicDir, path)))
    return width && height ? { width, height } : undefined
  } catch {
    // A missing image is the link check's to report, with the post that references it.
    return undefined
  }
}

/** `%20` is a space, but a `%` that starts no escape (`100%.png`) is the file name's own. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
