import { join } from 'node:path'

/**
 * The build's one cache folder: what a warm build reuses, and what CI restores between runs. Everything in it
 * is keyed by what produced it, so a stale entry is never used, only left for the pruning to drop.
 * `PRESSROOM_CACHE_DIR` moves it (a test's cold build gets a folder of its own).
 */
export function cacheDir(root: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.PRESSROOM_CACHE_DIR || join(root, '.pressroom', 'cache')
}
