// @ts-check
// What the page-weight check weighs: which exported pages are listings, and how heavy each one is.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { linksInside, walkFiles } from '../../files/walk.mjs'
import { gzipBytes } from '../budget/page-scripts.mjs'

/** @typedef {'home' | 'tag' | 'tags' | 'author' | 'authors' | 'archive' | 'archive-year' | 'search'} ListingKind */
/** @typedef {{ path: string, kind: ListingKind, htmlBytes: number, htmlGzipBytes: number, rscBytes: number, rscGzipBytes: number }} PageWeight */

/** @type {[ListingKind, RegExp][]} Site paths of listing pages, as lib/urls/routes.ts writes them. */
const KINDS = [
  ['home', /^\/(page\/[1-9][0-9]*\/)?$/],
  ['tags', /^\/tags\/$/],
  ['tag', /^\/tags\/[^/]+\/(page\/[1-9][0-9]*\/)?$/],
  ['authors', /^\/authors\/$/],
  ['author', /^\/authors\/[^/]+\/(page\/[1-9][0-9]*\/)?$/],
  ['archive', /^\/archive\/$/],
  ['archive-year', /^\/archive\/[1-9][0-9]*\/(page\/[1-9][0-9]*\/)?$/],
  ['search', /^\/search\/$/],
]

/** The kind of listing a site path is, or undefined for a post or any other page. @param {string} path */
export function listingKind(path) {
  return KINDS.find(([, pattern]) => pattern.test(path))?.[0]
}

/** Site paths (`/tags/go/`) of every exported page (`index.html`) in `outDir`. @param {string} outDir */
export function exportedPages(outDir) {
  return [...walkFiles(outDir, { link: linksInside(outDir) })]
    .filter((file) => file.name === 'index.html')
    .map((file) => (file.rel === 'index.html' ? '/' : `/${file.rel.slice(0, -'/index.html'.length)}/`))
}

/**
 * A page's HTML and its RSC payload as served: `index.txt`, the whole payload a client-side navigation
 * fetches. (The `__next.*.txt` files beside it are the same payload cut into segments for prefetching,
 * `__next._full.txt` a copy of `index.txt`, so adding them up would count it twice.)
 * @param {string} outDir @param {string} path @param {ListingKind} kind @returns {PageWeight}
 */
export function weighPage(outDir, path, kind) {
  const dir = join(outDir, ...path.split('/').filter(Boolean))
  const payload = join(dir, 'index.txt')
  if (!existsSync(payload)) throw new Error(`${payload} is missing: is ${outDir} a complete static export?`)
  const html = readFileSync(join(dir, 'index.html'))
  const rsc = readFileSync(payload)
  return { path, kind, htmlBytes: html.length, htmlGzipBytes: gzipBytes(html), rscBytes: rsc.length, rscGzipBytes: gzipBytes(rsc) }
}

/**
 * The heaviest page of each kind (by gzipped HTML) and every page over the budget.
 * @param {PageWeight[]} pages @param {number} budgetGzipBytes
 */
export function judgePages(pages, budgetGzipBytes) {
  /** @type {Map<ListingKind, PageWeight>} */
  const largest = new Map()
  for (const page of pages) {
    const seen = largest.get(page.kind)
    if (!seen || page.htmlGzipBytes > seen.htmlGzipBytes) largest.set(page.kind, page)
  }
  return { largest: [...largest.values()], over: pages.filter((page) => page.htmlGzipBytes > budgetGzipBytes) }
}
