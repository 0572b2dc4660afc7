// The cards drawn by any build are kept in .pressroom/cache/share-images/, one PNG per hash; public/og/
// holds links to the ones this build shows.
import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Card } from './cards'
import { drawPng } from './card'

/** Cards no build has used for this long are dropped from the cache. */
const CACHE_DAYS = 14

export const cachedCard = (cache: string, card: Card): string => join(cache, `${card.hash}.png`)

/** Draws `card` into the cache. */
export async function drawCard(cache: string, card: Card): Promise<void> {
  const png = await drawPng(card)
  const path = cachedCard(cache, card)
  // Written whole or not at all: a stopped build never leaves half a card in the cache.
  writeFileSync(`${path}.${process.pid}`, png)
  renameSync(`${path}.${process.pid}`, path)
}

/** `out` holds exactly these cards, linked from the cache (copied where links are refused). */
export function publishCards(cache: string, out: string, list: readonly Card[]): void {
  const staging = `${out}.writing-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  const now = new Date()
  for (const card of list) {
    const cached = cachedCard(cache, card)
    utimesSync(cached, now, now)
    mkdirSync(dirname(join(staging, card.file)), { recursive: true })
    try {
      linkSync(cached, join(staging, card.file))
    } catch {
      copyFileSync(cached, join(staging, card.file))
    }
  }
  rmSync(out, { recursive: true, force: true })
  renameSync(staging, out)
}

/** Drops the cards no build has used for CACHE_DAYS; returns how many. */
export function evictStaleCards(cache: string): number {
  const cutoff = Date.now() - CACHE_DAYS * 86_400_000
  let dropped = 0
  for (const name of readdirSync(cache)) {
    const path = join(cache, name)
    if (name.endsWith('.png') && statSync(path).mtimeMs < cutoff) {
      rmSync(path, { force: true })
      dropped++
    }
  }
  return dropped
}
