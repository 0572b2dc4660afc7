// Renders each post's share image (1200×630 PNG, components/ShareImage.tsx) into public/og/, served at
// routes.shareImage(url). A build step (scripts/steps.mjs), outside `next build` so that it can use every
// core and skip what an earlier build already drew: each card is kept in .pressroom/cache/share-images/
// under a hash of what it shows and of the code that draws it, so a rebuild draws only new or changed cards.
//   tsx --tsconfig scripts/tsconfig.tsx.json scripts/share-images.tsx
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { siteDate } from '../lib/dates'
import { childJob, inChildProcesses } from '../lib/build/child-processes'
import { installedPackageDir } from '../lib/installed'
import { getPostFiles, getPosts } from '../lib/posts'
import { routes } from '../lib/routes'
import { site } from '../lib/site'
import { cardText, closeNetwork, drawPng } from '../lib/build/share-images/card'

type Card = { file: string; hash: string; title: string; byline: string; siteName: string }

const ROOT = process.cwd()
const CACHE = join(ROOT, '.pressroom', 'cache', 'share-images')
const OUT = join(ROOT, 'public', routes.shareImageDir().replace(/^\/+|\/+$/g, ''))
/** Cards no build has used for this long are dropped from the cache. */
const CACHE_DAYS = 14

/** What the cards are drawn with: a change to the component or to Next's renderer redraws every card. */
function drawingVersion(): string {
  const renderer = readFileSync(join(installedPackageDir('next'), 'package.json'))
  const hash = createHash('sha256').update(renderer)
  for (const file of ['components/ShareImage.tsx', 'lib/build/share-images/card.ts', 'lib/og-title.ts']) hash.update(readFileSync(join(ROOT, file)))
  return hash.digest('hex').slice(0, 16)
}

function cards(): Card[] {
  const version = drawingVersion()
  const files = getPostFiles()
  return getPosts().map((post) => {
    const byline = [post.authors.map((a) => a.name).join(', '), siteDate(post.date).text].filter(Boolean).join(' · ')
    const text = cardText(files.get(post.url) ?? post.url, { title: post.title, byline, siteName: site.title }, (line) => console.warn(line))
    const hash = createHash('sha256').update(JSON.stringify([version, text.title, text.byline, text.siteName])).digest('hex').slice(0, 32)
    return { file: routes.shareImageFile(post.url), hash, ...text }
  })
}

async function draw(card: Card): Promise<void> {
  const png = await drawPng(card)
  const path = join(CACHE, `${card.hash}.png`)
  // Written whole or not at all: a stopped build never leaves half a card in the cache.
  writeFileSync(`${path}.${process.pid}`, png)
  renameSync(`${path}.${process.pid}`, path)
}

function isCard(value: unknown): value is Card {
  if (typeof value !== 'object' || value === null) return false
  const fields = new Map<string, unknown>(Object.entries(value))
  return ['file', 'hash', 'title', 'byline', 'siteName'].every((field) => typeof fields.get(field) === 'string')
}

/** public/og/ holds exactly this build's cards, linked from the cache (copied where links are refused). */
function publish(list: Card[]): void {
  const staging = `${OUT}.writing-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  const now = new Date()
  for (const card of list) {
    const cached = join(CACHE, `${card.hash}.png`)
    utimesSync(cached, now, now)
    try {
      linkSync(cached, join(staging, card.file))
    } catch {
      copyFileSync(cached, join(staging, card.file))
    }
  }
  rmSync(OUT, { recursive: true, force: true })
  renameSync(staging, OUT)
}

function evictStale(): number {
  const cutoff = Date.now() - CACHE_DAYS * 86_400_000
  let dropped = 0
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name)
    if (name.endsWith('.png') && statSync(path).mtimeMs < cutoff) {
      rmSync(path, { force: true })
      dropped++
    }
  }
  return dropped
}

async function main(): Promise<void> {
  const started = Date.now()
  mkdirSync(CACHE, { recursive: true })
  const list = cards()
  const missing = [...new Map(list.filter((card) => !existsSync(join(CACHE, `${card.hash}.png`))).map((card) => [card.hash, card])).values()]
  // One process draws a handful faster than starting more would.
  const processes = missing.length < 50 ? 1 : Math.max(1, availableParallelism())
  if (processes === 1) await drawShare(missing)
  else await inChildProcesses(missing, processes, CACHE, 'share-image')
  publish(list)
  const dropped = evictStale()
  console.log(`Share images: ${list.length} posts, ${missing.length} drawn (${processes} process${processes === 1 ? '' : 'es'}), ${list.length - missing.length} from the cache${dropped ? `, ${dropped} stale dropped` : ''}, ${Date.now() - started} ms → public/og/`)
}

/** Cards drawn at once by one process: the renderer waits between its parts, and four keep its core busy (38 → 29 ms a card). */
const DRAWING_AT_ONCE = 4

async function drawShare(share: Card[]): Promise<void> {
  for (let at = 0; at < share.length; at += DRAWING_AT_ONCE) await Promise.all(share.slice(at, at + DRAWING_AT_ONCE).map(draw))
}

closeNetwork()
const share = childJob(isCard)
const work = share === undefined ? main() : drawShare(share)
work.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
