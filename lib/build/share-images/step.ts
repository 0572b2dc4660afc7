// The share-image build step: each post's card (components/ShareImage.tsx, 1200×630 PNG) into public/og/,
// served at routes.shareImage(url). Outside `next build`, so that it can use every core and skip what an
// earlier build already drew: a rebuild draws only new or changed cards.
import { existsSync, mkdirSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, relative } from 'node:path'
import { answerJobs, isPoolChild, ownScript, runInProcesses } from '../process-pool'
import { routes } from '../../urls/routes'
import { cachedCard, drawCard, evictStaleCards, publishCards } from './cache'
import { closeNetwork } from './card'
import { isCard, postCards, type Card } from './cards'

/** Cards drawn at once by one process: the renderer waits between its parts, and four keep its core busy (38 → 29 ms a card). */
const DRAWING_AT_ONCE = 4
/** What a drawing process answers: the card it has put in the cache. */
type Drawn = { drawn: string }

const cacheDir = (root: string) => join(root, '.pressroom', 'cache', 'share-images')

const isDrawn = (value: unknown): value is Drawn => typeof value === 'object' && value !== null && 'drawn' in value && typeof value.drawn === 'string'

async function drawAll(cache: string, cards: readonly Card[]): Promise<void> {
  for (let at = 0; at < cards.length; at += DRAWING_AT_ONCE) await Promise.all(cards.slice(at, at + DRAWING_AT_ONCE).map((card) => drawCard(cache, card)))
}

async function build(root: string): Promise<void> {
  const started = Date.now()
  const cache = cacheDir(root)
  const out = join(root, 'public', routes.shareImageDir().replace(/^\/+|\/+$/g, ''))
  mkdirSync(cache, { recursive: true })
  const list = postCards(root)
  const missing = [...new Map(list.filter((card) => !existsSync(cachedCard(cache, card))).map((card) => [card.hash, card])).values()]
  // One process draws a handful faster than starting more would.
  const processes = missing.length < 50 ? 1 : Math.max(1, availableParallelism())
  if (processes === 1) await drawAll(cache, missing)
  else {
    await runInProcesses(missing, { command: ownScript(), processes, perProcess: DRAWING_AT_ONCE, keyOf: (card) => card.hash, readReply: (message) => (isDrawn(message) ? { key: message.drawn, reply: message } : undefined), what: 'share-image' })
  }
  publishCards(cache, out, list)
  const dropped = evictStaleCards(cache)
  console.log(`Share images: ${list.length} posts, ${missing.length} drawn (${processes} process${processes === 1 ? '' : 'es'}), ${list.length - missing.length} from the cache${dropped ? `, ${dropped} stale dropped` : ''}, ${Date.now() - started} ms → ${relative(root, out)}/`)
}

/**
 * Runs the step, or in a process it started, draws the cards it is sent: the entry script is both.
 * Exits 1 with the error's message when the step fails.
 */
export function shareImageStep(root: string): void {
  closeNetwork()
  if (isPoolChild()) {
    return answerJobs(isCard, async (card): Promise<Drawn> => {
      await drawCard(cacheDir(root), card)
      return { drawn: card.hash }
    })
  }
  build(root).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}
