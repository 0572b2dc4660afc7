import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { Element, Root } from 'hast'
import { imageSize } from 'image-size'
import { visit } from 'unist-util-visit'
import { readableInside } from '../urls/safe-path'

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
  const file = insideFolder(publicDir, decodedPath(src.split(/[?#]/)[0] ?? ''))
  if (file === undefined) return undefined
  try {
    // Through a link, only an image inside public/ is read (lib/urls/safe-path.ts): its size would tell of a file elsewhere.
    readableInside(publicDir, relative(resolve(publicDir), file).split(sep), publicDir, 'public/')
    const { width, height } = imageSize(readHead(file))
    return width && height ? { width, height } : undefined
  } catch {
    // A missing image is the link check's to report, with the post that references it.
    return undefined
  }
}

/** Every format's size is in its first bytes: reading more would let a huge file cost the build. */
const HEAD_BYTES = 2 * 1024 * 1024

/** The site path as a file inside `folder`, or undefined when `..` (or anything else) leads outside it. */
export function insideFolder(folder: string, sitePath: string): string | undefined {
  const root = resolve(folder)
  const file = resolve(root, `.${sitePath}`)
  const rel = relative(root, file)
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : file
}

/** The first bytes of a regular file (never a device, a FIFO or a folder). */
function readHead(file: string): Uint8Array {
  const stat = statSync(file)
  if (!stat.isFile()) throw new Error(`${file} is not a regular file`)
  const buffer = Buffer.alloc(Math.min(stat.size, HEAD_BYTES))
  const fd = openSync(file, 'r')
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0))
  } finally {
    closeSync(fd)
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
