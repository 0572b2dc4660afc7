import { describe, expect, it } from 'vitest'
import { NO_FILTERS } from '../shared/filters'
import { shardFor, toDirectory } from '../shared/shards'
import { corpus, memoryEngine } from '../../../test/support/search-corpus'
import { DEFAULT_SETTINGS } from '../build/search-files'
import { SearchEngine } from './engine'

const titles = async (query: string, filters = NO_FILTERS) => {
  const { engine } = memoryEngine()
  return (await engine.search(query, filters)).results.map((result) => result.title)
}

describe('search index: build and query', () => {
  it('finds a post by a body word and misses an absent one', async () => {
    expect(await titles('yelp')).toEqual(['Container Days in Boston'])
    expect(await titles('dumb-init')).toEqual(['Container Days in Boston'])
    expect(await titles('zeppelin')).toEqual([])
  })

  it('matches prefixes: "kube" finds the Kubernetes tag', async () => {
    expect(await titles('kube')).toEqual(['Container Days in Boston'])
    expect(await titles('ove')).toContain('Overlay networks explained')
  })

  it('ranks a title match above body matches, then newer first', async () => {
    expect(await titles('overlay')).toEqual(['Overlay networks explained', 'Escaping <img onerror=alert(1)> in templates', 'Container Days in Boston'])
  })

  it('ranks a post with every query word in a heading above posts with one of them in the title', async () => {
    const post = (n: number, title: string, html: string) => ({ url: `/p${n}/`, title, date: `2020-01-0${n}`, tags: [], authors: ['A. Writer'], html })
    const records = [
      post(1, 'Notes from the quarter', `<p>Intro.</p><h2 id="closer">A closer look at service tocand</h2><p>Details.</p>`),
      post(2, 'Service at scale', '<p>Many services.</p>'),
      post(3, 'Service meshes', '<p>More services.</p>'),
    ]
    const { engine } = memoryEngine(records)
    const response = await engine.search('closer service tocand', NO_FILTERS)
    expect(response.results.map((result) => result.url)).toEqual(['/p1/', '/p3/', '/p2/'])
    expect(response.results[0]?.sections.map((section) => section.id)).toEqual(['closer'])
  })

  it('keeps an old post’s credit for common heading words that hundreds of newer posts share', async () => {
    const newer = Array.from({ length: 300 }, (_, n) => ({
      url: `/new/${n}/`, title: `Dacark notes ${n}`, date: '2024-01-01', tags: [], authors: ['A. Writer'],
      html: `<p>Intro.</p><h2 id="closer">A closer look at service meshes</h2><p>Service talk.</p>`,
    }))
    const oldest = { url: '/old/', title: 'Compression at scale', date: '2012-01-01', tags: [], authors: ['B. Writer'], html: `<p>Intro.</p><h2 id="closer-dacark">A closer look at service dacark</h2><p>Text.</p>` }
    const { engine } = memoryEngine([...newer, oldest], { ...DEFAULT_SETTINGS, maxPostings: { ...DEFAULT_SETTINGS.maxPostings, body: 20 }, maxPrefixPostings: 20 })
    const [first] = (await engine.search('closer service dacark', NO_FILTERS)).results
    expect(first?.url).toBe('/old/')
    expect(first?.sections.map((section) => section.id)).toEqual(['closer-dacark'])
  })

  it('prefers a whole word to a longer word it starts', async () => {
    const post = (n: number, title: string) => ({ url: `/p${n}/`, title, date: `2020-01-0${n}`, tags: [], authors: ['A. Writer'], html: '<p>Text.</p>' })
    const { engine } = memoryEngine([post(1, 'Lock at scale: lessons from fleabrar'), post(2, 'Lock at scale: lessons from fle')])
    expect((await engine.search('scale lessons fle', NO_FILTERS)).results.map((result) => result.url)).toEqual(['/p2/', '/p1/'])
    expect((await engine.search('scale lessons flea', NO_FILTERS)).results.map((result) => result.url)).toEqual(['/p1/', '/p2/'])
  })

  it('tolerates a typo when nothing matches exactly', async () => {
    const { engine } = memoryEngine()
    const response = await engine.search('overlya', NO_FILTERS)
    expect(response.corrected).toBe('overlay')
    expect(response.results[0]?.title).toBe('Overlay networks explained')
  })

  it('points at the matching section with its anchor', async () => {
    const { engine } = memoryEngine()
    const [first] = (await engine.search('yelp', NO_FILTERS)).results
    expect(first?.url).toBe('/2016/06/20/container-days/')
    expect(first?.sections.map((section) => section.id)).toEqual(['takeaways'])
  })

  it('filters by tag, author and year', async () => {
    expect(await titles('overlay', { tags: ['kubernetes'], authors: [], years: [] })).toEqual(['Container Days in Boston'])
    expect(await titles('overlay', { tags: [], authors: ['Ana Lima'], years: [2020] })).toEqual(['Escaping <img onerror=alert(1)> in templates'])
    expect(await titles('', { tags: [], authors: ['Ana Lima'], years: [] })).toHaveLength(2)
  })

  it('keeps markup, script tags and regex characters in snippets as plain text', async () => {
    const { engine } = memoryEngine()
    const response = await engine.search('script emoji', NO_FILTERS)
    const [result] = response.results
    expect(result?.post).toBeDefined()
    const [segments] = await engine.snippets(result?.post ?? -1, [0], response.terms)
    expect(segments?.map((segment) => segment.text).join('')).toBe('Never trust </script> in (input) [a-z]+ $1 or emoji 🚀.')
    expect(segments?.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['script', 'emoji'])
  })

  it('round-trips through export and import, including posts with no tags', async () => {
    const { engine, files } = memoryEngine()
    expect(files.some((file) => file.contents.includes('"tags"'))).toBe(true)
    expect(await titles('flannel')).toEqual(['Overlay networks explained'])
    expect((await engine.search('lima', NO_FILTERS)).results).toHaveLength(2)
    expect((await engine.search('security', NO_FILTERS)).results.map((result) => result.url)).toEqual(['/2020/05/05/security/'])
  })

  it('fetches only the shards a query needs', async () => {
    const { engine, manifest, requested } = memoryEngine(corpus, { ...DEFAULT_SETTINGS, shardBytes: 300, cardsPerChunk: 1 })
    expect(manifest.shards.length).toBeGreaterThan(5)
    await engine.search('yelp', NO_FILTERS)
    const fetched = requested.filter((path) => path.startsWith('s/'))
    const yelp = shardFor('yelp', toDirectory(manifest.shards))
    expect(yelp).toBeDefined()
    expect(fetched).toEqual([`s/${manifest.build}.${yelp}.json`])
    expect(requested.filter((path) => path.startsWith('c/'))).toHaveLength(1)
    expect(requested.some((path) => path.startsWith('t/') || path.startsWith('f/'))).toBe(false)
  })

  it('checks and imports each shard once, however many queries need it', async () => {
    const { files } = memoryEngine()
    const byPath = new Map(files.map((file) => [file.path, file.contents]))
    let shardReads = 0
    const engine = new SearchEngine(async (path) => {
      const value: unknown = JSON.parse(byPath.get(path) ?? 'null')
      if (!path.startsWith('s/') || typeof value !== 'object' || value === null) return value
      // Counts every look into a shard's contents: parsing reads each field.
      return new Proxy(value, { get: (target, key, receiver) => (shardReads++, Reflect.get(target, key, receiver)) })
    })
    const first = (await engine.search('yelp', NO_FILTERS)).results.map((result) => result.url)
    const reads = shardReads
    expect(reads).toBeGreaterThan(0)
    expect((await engine.search('yelp', NO_FILTERS)).results.map((result) => result.url)).toEqual(first)
    expect((await engine.search('overlay yelp', NO_FILTERS)).results.length).toBeGreaterThan(0)
    expect(shardReads).toBe(reads)
  })

  it('names every file by its contents, so two builds of the same posts agree and a change renames', async () => {
    const a = memoryEngine().manifest
    const b = memoryEngine().manifest
    const changed = memoryEngine([...corpus.slice(1), { ...corpus[0]!, title: 'Container Days in Austin' }]).manifest
    expect(b.build).toBe(a.build)
    expect(changed.build).not.toBe(a.build)
  })
})
