import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FEED_FILES } from '../urls/routes'

// Tag feeds are static route folders named after the files (see tag-route.ts): a format added to
// FEED_FILES without its folder would be linked from every tag page and answer 404.
describe('tag feed routes', () => {
  it('have a route folder for every feed file name', () => {
    for (const file of Object.values(FEED_FILES)) expect(existsSync(join(process.cwd(), 'app/tags/[tag]', file, 'route.ts')), file).toBe(true)
    expect(existsSync(join(process.cwd(), 'app/tags/[tag]', 'feed.rss', 'route.ts'))).toBe(false)
  })
})
