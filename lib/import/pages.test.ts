import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRubyYaml } from '../jekyll/ruby-yaml'
import { readersOf } from './readers'
import { renderReport } from './report'

/** The fixture blog's pages, collection and listing (test/fixtures/readers-site; _expected/files.txt is what real Jekyll built). */
const SITE = fileURLToPath(new URL('../../test/fixtures/readers-site/', import.meta.url))
const jekyllUrls = readFileSync(join(SITE, '_expected/files.txt'), 'utf8').split('\n').filter((line) => line.endsWith('.html')).map((file) => file.replace(/index\.html$/, ''))

describe('pages and collections of an imported site', () => {
  const readers = readersOf(SITE, 7)

  it('come over at the URLs Jekyll gave them, with title and front matter, without the old layout', () => {
    const about = readers.files.find((file) => file.to === 'content/pages/about.md')
    const talk = readers.files.find((file) => file.to === 'content/pages/talks/moving-day.md')
    expect(parseRubyYaml(about?.text.split('---')[1] ?? '').data).toEqual({ title: 'About', permalink: '/about/' })
    expect(about?.text).toContain('Who writes here.')
    expect(parseRubyYaml(talk?.text.split('---')[1] ?? '').data).toEqual({ title: 'Moving day', event: 'Static Conf', permalink: '/talks/moving-day/' })
    for (const page of readers.pages) expect(jekyllUrls).toContain(page.oldUrl)
  })
  it("leave the old listing (index.html with paginator) to the new home, and an archive to the new site's own", () => {
    expect(readers.files.map((file) => file.to).sort()).toEqual(['content/pages/about.md', 'content/pages/talks/moving-day.md'])
    expect(readers.pages.find((page) => page.from === 'archive.md')).toMatchObject({ ownPage: true, url: '/archive/' })
  })
  it('record the old listing pages and the addresses that move', () => {
    expect(readers.settings.oldUrls).toEqual({ listingPages: 4, moved: [] })
  })
  it('name the old comments system and the steps that move its threads', () => {
    expect(readers.comments?.system).toBe('Disqus')
    expect(readers.comments?.steps.join(' ')).toContain('disqus_identifier')
  })
  it('are named in the import report, with the comments system and its steps', () => {
    const text = renderReport({ source: SITE, posts: [], skipped: [], unrenderable: [], missingAssets: [], assets: 0, authors: 0, conflicts: [], settings: [], unchanged: 0, written: 0, comments: readers.comments, pages: readers.pages.map((p) => ({ from: p.from, url: p.url })) })
    expect(text).toContain('## Comments: the old site used Disqus')
    expect(text).toContain('- `_talks/moving-day.md` → /talks/moving-day/')
  })
  it('list in navigation only what the old header listed', () => {
    expect(readers.settings.navigation).toEqual([{ href: '/about/', label: 'About' }])
  })
})
