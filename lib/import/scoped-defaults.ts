import { defaultsFor } from '../jekyll/defaults'
import { isPostPath, readPostPath } from '../jekyll/post-path'
import type { FrontMatterDefault } from '../site/json'

/**
 * What `defaults` gave a post at its old path and no longer give it at its new one (keys its own front matter
 * does not set). The URL is kept apart, as `permalink`.
 */
export function scopedDefaultsLost(oldPath: string, dest: string, defaults: readonly FrontMatterDefault[], own: Record<string, unknown>): Record<string, unknown> {
  const moved = readPostPath(dest.replace(/^(posts|drafts)\//, ''))
  const before = defaultsFor(oldPath, defaults)
  const after = isPostPath(moved) ? defaultsFor(moved.jekyllPath, defaults) : {}
  const lost: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(before)) {
    if (key === 'permalink' || Object.hasOwn(own, key) || value === null || value === undefined) continue
    if (JSON.stringify(after[key]) !== JSON.stringify(value)) lost[key] = value
  }
  return lost
}
