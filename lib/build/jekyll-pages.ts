// After `next build`: what a static export cannot express by itself, so every Jekyll URL answers.
// - A post at a `.html` URL is exported as the folder `x.html/index.html`; it becomes the file `x.html`.
// - Each `redirect_from` (and each post with `redirect_to`) gets a static redirect page.
// - Each feed the old site served (content/site.json `keptFeeds`) is written at its old path, entries under their old ids.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { linksInside, walkFiles } from '../files/walk.mjs'
import { basePath, siteUrl } from '../urls/paths'
import { exportClaims, unclaimedFiles } from '../urls/export-claims'
import { renderKeptFeed } from '../feeds/kept'
import { readHost } from '../deploy/hosts.mjs'
import { siteRedirectRules } from '../old-urls/site-rules'
import { writeOldUrlFiles } from '../old-urls/write'
import { getJekyllUrlCopies, getPages, getPostSources, getPosts, getRedirects } from '../posts'
import { exportFileOf, exportTarget, redirectHtml } from '../urls/redirect-page'
import { decoded, urlSegments, writableInside } from '../urls/safe-path'
import { site } from '../site'

/** Exported page of a URL content named: every file written here goes through this. */
type FileOf = (url: string) => string

/** Posts at a `.html` URL: the exported folder `x.html/index.html` becomes the file `x.html`. */
function htmlFilePosts(fileOf: FileOf): number {
  let files = 0
  for (const post of getPosts()) {
    if (!/\.html?$/i.test(post.url)) continue
    const page = fileOf(`${post.url}/`)
    const folder = dirname(page)
    if (!existsSync(page)) throw new Error(`${post.url}: the export has no ${page}; was the post route built?`)
    const html = readFileSync(page)
    rmSync(folder, { recursive: true })
    writeFileSync(folder, html)
    files++
  }
  return files
}

/**
 * A post whose Jekyll URL the export cannot write (a space from `category: Data Science`) is exported at a
 * safe URL and copied to Jekyll's, so every old link still shows the post.
 */
function jekyllUrlCopies(fileOf: FileOf): number {
  let copies = 0
  for (const { url, jekyllUrl } of getJekyllUrlCopies()) {
    const page = fileOf(url)
    if (!existsSync(page)) throw new Error(`${url}: the export has no ${page}; was the post route built?`)
    const target = fileOf(jekyllUrl)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, readFileSync(page))
    copies++
  }
  return copies
}

/** A redirect page at each `redirect_from`; a URL that is a page of its own keeps the page. */
function redirectPages(fileOf: FileOf, host: string | undefined): { redirects: number; clashes: string[] } {
  let redirects = 0
  const clashes: string[] = []
  for (const { from, to, replacesPost } of getRedirects()) {
    const target = fileOf(from)
    if (!replacesPost && existsSync(target)) {
      clashes.push(`${from} is a page of its own, so its redirect to ${to} was not written`)
      continue
    }
    // Netlify serves a file before its _redirects rule: there the rule's 301 answers instead of a page.
    if (!replacesPost && host === 'netlify') continue
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, redirectHtml(to, { basePath, siteUrl }))
    redirects++
  }
  return { redirects, clashes }
}

/** Each feed the old site served, at its old path. */
function keptFeeds(out: string): void {
  const kept = site.keptFeeds
  if (!kept) return
  const sources = getPostSources()
  for (const feed of kept.feeds) {
    // A feed is a file at its path (`/feed.xml`), never a folder's index.
    const target = writableInside(out, urlSegments(feed.path).map(decoded))
    mkdirSync(dirname(target), { recursive: true })
    // At /feed.xml this replaces Pressroom's RSS, which moved to its own path (lib/feeds/build.ts feedPaths).
    writeFileSync(target, renderKeptFeed(kept, feed, sources))
  }
  console.log(`Kept feeds: ${kept.feeds.map((feed) => feed.path).join(', ')}`)
}

/**
 * The collision check (lib/urls/export-claims.ts) reads what the export writes from the code; a file here that
 * no claim covers means it has drifted, and a post could clash with that file unseen.
 */
function warnUnclaimed(out: string, root: string): void {
  const contentUrls = [...getPosts().map((post) => post.url), ...getPages().map((page) => page.url), ...getRedirects().map((r) => r.from), ...getJekyllUrlCopies().map((c) => c.jekyllUrl), ...siteRedirectRules().map((rule) => rule.from)]
  const contentFiles = new Set([
    ...contentUrls.map((url) => exportFileOf(url).split('/').map(decoded).join('/').toLowerCase()),
    ...(site.keptFeeds?.feeds ?? []).map((feed) => urlSegments(feed.path).map(decoded).join('/').toLowerCase()),
  ])
  const written = [...walkFiles(out, { link: linksInside(out) })].map((file) => file.rel)
  for (const file of unclaimedFiles(written, exportClaims(root), contentFiles)) {
    console.warn(`warning: out/${file} is written by no route, public/ file or step that lib/urls/export-claims.ts knows. Fix: teach exportClaims() about it, so no post may take its URL`)
  }
}

/** Writes into the export `out` what it lacks for every Jekyll URL to answer; `root` is the project. */
export function writeJekyllPages(out: string, root: string): void {
  const host = readHost(process.env).host
  // Every file written here is a URL content named: it goes through the one path rule (lib/urls/safe-path.ts),
  // so no `..`, link or escaped separator can put it outside out/, whatever the store holds.
  const fileOf: FileOf = (url) => exportTarget(out, url)
  const files = htmlFilePosts(fileOf)
  const copies = jekyllUrlCopies(fileOf)
  const { redirects, clashes } = redirectPages(fileOf, host)
  keptFeeds(out)
  const oldUrls = writeOldUrlFiles(out, siteRedirectRules(), { basePath, siteUrl, host })
  clashes.push(...oldUrls.clashes)
  console.log(`Old URLs: ${oldUrls.rules} redirect rules in _redirects, ${oldUrls.pages} listing pages redirected by meta refresh`)
  console.log(`Jekyll pages: ${files} posts written as .html files, ${copies} copies at Jekyll's URL, ${redirects} redirect pages${clashes.length ? `; skipped: ${clashes.join(', ')}` : ''}`)
  warnUnclaimed(out, root)
}
