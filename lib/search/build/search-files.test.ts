import { describe, expect, it } from 'vitest'
import { buildSearchFiles } from './search-files'
import { NO_FILTERS } from '../shared/filters'
import { corpus, memoryEngine } from '../../../test/support/search-corpus'

const post = corpus[0]!

describe('buildSearchFiles', () => {
  it('names the post and the field when a record is unusable', () => {
    expect(() => buildSearchFiles([{ ...post, title: ' ' }])).toThrow(/search record \/2016\/06\/20\/container-days\/: field "title" is empty/)
    expect(() => buildSearchFiles([{ ...post, date: 'June 2016' }])).toThrow(/field "date" is "June 2016", expected YYYY-MM-DD/)
    expect(() => buildSearchFiles([{ ...post, url: 'relative/' }])).toThrow(/field "url" must be site-relative/)
  })

  it('keeps the text of sections beyond the id space, folded into the last one', async () => {
    const many = Array.from({ length: 70 }, (_, n) => `<h2 id="part-${n}">Part ${n}</h2><p>word${n}x</p>`).join('')
    const { engine } = memoryEngine([{ ...post, html: many }])
    const [hit] = (await engine.search('word69x', NO_FILTERS)).results
    expect(hit?.sections.map((section) => section.id)).toEqual(['part-62'])
    expect((await engine.search('word3x', NO_FILTERS)).results[0]?.sections.map((section) => section.id)).toEqual(['part-3'])
  })

  it('keeps every chunk of a large term map: a word of the last post indexed is still found', async () => {
    // FlexSearch splits a map export once terms × entries pass about 1.25e9; 20,000 sections of one
    // unique word each (plus every prefix of it) pass that.
    const letters = (n: number) => n.toString(26).padStart(4, '0').replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)] ?? '')
    const word = (n: number) => `q${letters(n)}${letters(n)}z`
    const posts = Array.from({ length: 400 }, (_, p) => ({
      ...post,
      url: `/p/${p}/`,
      date: '2020-01-01',
      html: Array.from({ length: 50 }, (_, s) => `<h2 id="s${s}">S</h2><p>${word(p * 50 + s)}</p>`).join(''),
    }))
    const { engine } = memoryEngine(posts)
    const last = posts.at(-1)
    expect((await engine.search(word(399 * 50 + 49), NO_FILTERS)).results.map((hit) => hit.url)).toEqual([last?.url])
    expect((await engine.search(word(0), NO_FILTERS)).results.map((hit) => hit.url)).toEqual(['/p/0/'])
  })

  it('writes nothing but the manifest for an empty site, and searching it finds nothing', async () => {
    const { files, engine } = memoryEngine([])
    expect(files.filter((file) => file.path.startsWith('s/') || file.path.startsWith('c/'))).toEqual([])
    expect((await engine.search('anything', NO_FILTERS)).results).toEqual([])
  })
})
