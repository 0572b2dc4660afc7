import { describe, expect, it } from 'vitest'
import { storedPost as post } from '../../test/support/stored-posts'
import type { StoredPost } from '../content/post-store'
import { buildSiteContent, publishedEntries } from './published'

const older = post('older', '2016-06-20T07:00:00.000Z')
const newer = post('newer', '2017-01-02T08:00:00.000Z')
const draft = post('draft', '2018-03-04T08:00:00.000Z', { isDraft: true })

describe('publishedEntries', () => {
  it('lists posts newest first', () => {
    expect(publishedEntries([older, newer], { showDrafts: false }).map((e) => e.summary.slug)).toEqual(['newer', 'older'])
    expect(publishedEntries([newer, older], { showDrafts: false }).map((e) => e.summary.slug)).toEqual(['newer', 'older'])
  })

  it('orders posts of the same instant by slug, so the order never depends on the file system', () => {
    const a = post('alpha', '2016-06-20T07:00:00.000Z', { url: '/a/' })
    const b = post('beta', '2016-06-20T07:00:00.000Z', { url: '/b/' })
    expect(publishedEntries([b, a], { showDrafts: false }).map((e) => e.summary.slug)).toEqual(['alpha', 'beta'])
  })

  it('sorts by instant at any year: 10000-01-01 (9999-12-31 west of UTC) first, year 1 last', () => {
    const far = post('far', '+010000-01-01T07:59:59.000Z', { url: '/far/' })
    const early = post('early', '0001-01-01T07:52:58.000Z', { url: '/early/' })
    expect(publishedEntries([older, far, early, newer], { showDrafts: false }).map((e) => e.summary.slug)).toEqual(['far', 'newer', 'older', 'early'])
  })

  it('refuses two posts whose URLs differ only in letter case, naming both files', () => {
    const upper = post('Post', '2016-06-20T07:00:00.000Z', { url: '/2016/06/20/Post/' })
    const lower = post('post', '2016-06-20T07:00:00.000Z', { url: '/2016/06/20/post/' })
    expect(() => publishedEntries([upper, lower], { showDrafts: false })).toThrow(
      'posts/2016-06-20-post.md: field "permalink": URL /2016/06/20/post/ is already used by posts/2016-06-20-Post.md (as /2016/06/20/Post/: URLs differing only in letter case collide)',
    )
  })

  it('leaves drafts out unless the deploy asks for them', () => {
    expect(publishedEntries([older, draft, newer], { showDrafts: false }).map((e) => e.summary.slug)).toEqual(['newer', 'older'])
    const withDrafts = publishedEntries([older, draft, newer], { showDrafts: true })
    expect(withDrafts.map((e) => [e.summary.slug, e.summary.isDraft])).toEqual([
      ['draft', true],
      ['newer', false],
      ['older', false],
    ])
  })

  it('summarises each post with linked tags and its authors', () => {
    const [entry] = publishedEntries([older], { showDrafts: false })
    expect(entry?.summary).toMatchObject({
      slug: 'older',
      url: '/2016/06/20/older/',
      title: 'Title of older',
      date: '2016-06-20T07:00:00.000Z',
      authors: [{ name: 'Dale Ragan', slug: 'dale-ragan' }],
      tags: [
        { name: 'C++', slug: 'c-plus-plus' },
        { name: 'docker', slug: 'docker' },
      ],
      description: 'Text.',
    })
    expect(entry?.source).toBe(older)
  })

  it('prefers the front-matter description to the excerpt', () => {
    const [entry] = publishedEntries([post('described', '2016-06-20T07:00:00.000Z', { description: 'Own words.' })], { showDrafts: false })
    expect(entry?.summary.description).toBe('Own words.')
  })

  it('fails on two posts with one URL, naming both files', () => {
    const clash = post('clash', '2016-06-21T07:00:00.000Z', { url: older.url })
    const run = () => publishedEntries([older, clash], { showDrafts: false })
    expect(run).toThrow(expect.objectContaining({ name: 'ContentError', file: clash.source, field: 'permalink' }))
    expect(run).toThrow(`URL /2016/06/20/older/ is already used by ${older.source}`)
  })

  it('fails on a URL clash even when one of the posts is a hidden draft', () => {
    const hidden = post('hidden', '2016-06-21T07:00:00.000Z', { url: older.url, isDraft: true })
    expect(() => publishedEntries([older, hidden], { showDrafts: false })).toThrow(older.source)
  })

  it('rejects a tag or author whose name makes no URL, naming the file and field', () => {
    const emoji = post('emoji', '2016-06-20T07:00:00.000Z', { tags: ['docker', '🚀'] })
    expect(() => publishedEntries([emoji], { showDrafts: false })).toThrow(expect.objectContaining({ file: emoji.source, field: 'tags' }))
    const punctuation = post('punctuation', '2016-06-20T07:00:00.000Z', { authors: ['?!'] })
    expect(() => publishedEntries([punctuation], { showDrafts: false })).toThrow(expect.objectContaining({ file: punctuation.source, field: 'author' }))
    expect(publishedEntries([post('café', '2016-06-20T07:00:00.000Z', { tags: ['Café'] })], { showDrafts: false })[0]?.summary.tags).toEqual([{ name: 'Café', slug: 'café' }])
  })

})

describe('buildSiteContent', () => {
  const LA = 'America/Los_Angeles'
  const go = post('go', '2017-03-01T08:00:00.000Z', { tags: ['Go', 'docker'], authors: ['Ann Lee'] })
  const k8s = post('k8s', '2016-09-01T07:00:00.000Z', { tags: ['Kubernetes', 'docker'], authors: ['Ann Lee', 'Bo Chen'] })
  const rust = post('rust', '2016-02-01T08:00:00.000Z', { tags: ['Rust'], authors: [] })
  // 20:00 on 31 December in Los Angeles is already 2017 in UTC.
  const eve = post('eve', '2017-01-01T04:00:00.000Z', { tags: ['Go'], authors: ['Bo Chen'] })
  const profiles = [{ name: 'Ann Lee', slug: 'ann-lee', bio: 'Platform.', avatar: undefined, links: [] }]
  const site = buildSiteContent([rust, eve, k8s, go], profiles, { showDrafts: false, timeZone: LA })
  const slugs = (list: readonly { slug: string }[] | undefined) => list?.map((p) => p.slug)

  it('finds each post by its URL, and nothing at a URL no post has', () => {
    const at = site.positionByUrl.get(k8s.url)
    expect(at === undefined ? undefined : site.entries[at]?.summary.slug).toBe('k8s')
    expect(site.positionByUrl.get('/2016/09/01/nope/')).toBeUndefined()
  })

  it('lists the posts of a tag newest first, matched by slug, and none for an unknown tag', () => {
    expect(slugs(site.lookups.tag('docker')?.posts)).toEqual(['go', 'k8s'])
    expect(site.lookups.tag('go')?.tag).toEqual({ name: 'Go', slug: 'go', count: 2 })
    expect(site.lookups.tag('python')).toBeUndefined()
  })

  it('lists the posts of an author with their profile, and none for an unknown author', () => {
    const ann = site.lookups.author('ann-lee')
    expect(ann?.author).toMatchObject({ name: 'Ann Lee', bio: 'Platform.', count: 2 })
    expect(slugs(ann?.posts)).toEqual(['go', 'k8s'])
    expect(slugs(site.lookups.author('bo-chen')?.posts)).toEqual(['eve', 'k8s'])
    expect(site.lookups.author('cy-ode')).toBeUndefined()
  })

  it("groups posts by year in the site's zone, and has no year without posts", () => {
    expect(site.lookups.years.map((y) => [y.year, slugs(y.posts)])).toEqual([
      [2017, ['go']],
      [2016, ['eve', 'k8s', 'rust']],
    ])
    expect(slugs(site.lookups.year(2016))).toEqual(['eve', 'k8s', 'rust'])
    expect(site.lookups.year(2015)).toBeUndefined()
  })

  it('relates posts through the tag index, never the post itself', () => {
    const summary = (p: StoredPost) => site.posts.find((s) => s.url === p.url)
    const goSummary = summary(go)
    if (!goSummary) throw new Error('go is published')
    expect(slugs(site.lookups.related(goSummary, 3))).toEqual(['eve', 'k8s'])
    const rustSummary = summary(rust)
    if (!rustSummary) throw new Error('rust is published')
    expect(site.lookups.related(rustSummary, 3)).toEqual([])
  })

  it('finds a post by its share image key, and nothing for another key', () => {
    expect(site.byShareImage.get('2016/09/01/k8s')?.slug).toBe('k8s')
    expect(site.byShareImage.get('2016/09/01/nope')).toBeUndefined()
  })

  it('fails on two permalinks that would share one share image, naming both files', () => {
    const slashes = post('a-b', '2016-06-20T07:00:00.000Z', { url: '/notes/a-b/' })
    const dashes = post('b', '2016-06-21T07:00:00.000Z', { url: '/notes/a-b' })
    const run = () => buildSiteContent([slashes, dashes], [], { showDrafts: false, timeZone: LA })
    expect(run).toThrow(expect.objectContaining({ name: 'ContentError', file: slashes.source, field: 'permalink' }))
    expect(run).toThrow(dashes.source)
  })

  it('groups the parts of each series by its trimmed name, newest first, and makes no series of a post without one', () => {
    const one = post('part-1', '2016-01-01T08:00:00.000Z', { series: 'Intro ', url: '/p1/' })
    const two = post('part-2', '2016-02-01T08:00:00.000Z', { series: 'Intro', url: '/p2/' })
    const content = buildSiteContent([one, two, rust], [], { showDrafts: false, timeZone: LA })
    expect(content.series.get('Intro')?.map((entry) => entry.summary.slug)).toEqual(['part-2', 'part-1'])
    expect([...content.series.keys()]).toEqual(['Intro'])
  })
})
