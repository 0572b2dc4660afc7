import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addChange, contentFileOf, watchContent, type ContentChange } from './content-watcher'

const none = (): ContentChange => ({ posts: [], everything: false, siteWide: false })

describe('addChange', () => {
  it('prepares a post alone, anything else everything, and marks settings as site-wide', () => {
    const change = none()
    addChange(change, 'posts/a.md')
    addChange(change, 'posts/a.md')
    expect(change).toEqual({ posts: ['posts/a.md'], everything: false, siteWide: false })
    addChange(change, 'authors/ann.md')
    expect(change.everything).toBe(true)
    addChange(change, 'site.json')
    expect(change.siteWide).toBe(true)
  })
})

describe('contentFileOf', () => {
  it("names a post by its path in the content folder, and leaves out an editor's temporary files", () => {
    expect(contentFileOf('/site/content', join('/site/content', 'posts', 'a.md'))).toBe('posts/a.md')
    expect(contentFileOf('/site/content', join('/site/content', 'site.json'))).toBe('site.json')
    for (const own of ['posts/.a.md.swp', 'posts/4913', 'posts/a.md~', '.DS_Store']) expect(contentFileOf('/site/content', join('/site/content', own))).toBeUndefined()
    expect(contentFileOf('/site/content', '/site/content')).toBeUndefined()
  })
})

describe('watchContent', () => {
  it('sees every save of a file an editor renames over, and folders made after the start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'watch-content-'))
    mkdirSync(join(dir, 'posts'))
    writeFileSync(join(dir, 'posts', 'a.md'), 'one')
    const seen: ContentChange[] = []
    const watcher = watchContent(dir, (change) => seen.push(change))
    await watcher.ready
    const next = async (count: number) => {
      const deadline = Date.now() + 5000
      while (seen.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
      return seen[count - 1]
    }
    try {
      for (const [i, text] of ['two', 'three', 'four'].entries()) {
        writeFileSync(join(dir, 'posts', '.a.md.tmp'), text)
        renameSync(join(dir, 'posts', '.a.md.tmp'), join(dir, 'posts', 'a.md'))
        expect((await next(i + 1))?.posts).toContain('posts/a.md')
      }
      rmSync(join(dir, 'posts', 'a.md'))
      expect((await next(4))?.posts).toContain('posts/a.md')
      writeFileSync(join(dir, 'posts', 'a.md'), 'back')
      expect((await next(5))?.posts).toContain('posts/a.md')
      mkdirSync(join(dir, 'posts', '2026'))
      await next(6)
      writeFileSync(join(dir, 'posts', '2026', 'b.md'), 'new')
      const last = await next(7)
      expect(last?.posts).toContain('posts/2026/b.md')
    } finally {
      await watcher.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
