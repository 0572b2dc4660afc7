import { describe, expect, it } from 'vitest'
import { preparePost, type PrepareInput, type PreparedPost } from './prepare'

const site: PrepareInput['site'] = { timeZone: 'America/Los_Angeles', permalink: 'date', defaults: [], future: true }
const now = new Date('2030-01-01T00:00:00Z')

function prepared(file: string, source: string, over: Partial<PrepareInput['site']> = {}): PreparedPost & { data: Record<string, unknown> } {
  const result = preparePost({ file, source, site: { ...site, ...over }, now })
  if (result.kind !== 'post') throw new Error(`skipped: ${result.reason}`)
  const json = result.text.split('\n')[1] ?? '{}'
  const data: unknown = JSON.parse(json)
  if (typeof data !== 'object' || data === null) throw new Error('no front matter')
  return { ...result, data: { ...data } }
}

describe('preparePost', () => {
  it('gives the URL Jekyll gives, .html ending and all', () => {
    expect(prepared('posts/2023-04-20-londroid-2022.md', '---\ntitle: x\n---\nHi').url).toBe('/2023/04/20/londroid-2022.html')
  })

  it('lets the front-matter date win over the file name, in the site zone', () => {
    const post = prepared('posts/2016-06-20-x.md', '---\ntitle: x\ndate: 2016-06-21 23:30:00 -0700\n---\n')
    expect(post.url).toBe('/2016/06/21/x.html')
    expect(post.data.date).toBe('2016-06-22T06:30:00.000Z')
  })

  it('reads last_modified_at exactly as date: (words, and an unquoted timestamp as UTC) and leaves unread text to the schema', () => {
    const source = (value: string) => `---\ntitle: x\ndate: ${value}\nlast_modified_at: ${value}\n---\n`
    for (const value of ['May 28, 2020', '2016-07-19 10:30:00', '"2016-07-19 10:30:00"', 'Thu, 28 May 2020 10:00:00 +0000']) {
      const post = prepared('posts/2016-06-20-x.md', source(value))
      expect(post.data.last_modified_at).toBe(post.data.date)
    }
    expect(prepared('posts/2016-06-20-x.md', source('May 28, 2020')).data.last_modified_at).toBe('2020-05-28T07:00:00.000Z')
    expect(prepared('posts/2016-06-20-x.md', '---\nlast_modified_at: someday\n---\n').data.last_modified_at).toBe('someday')
  })

  it('titles a post without a title from its slug', () => {
    expect(prepared('posts/2016-06-20-hello-big-world.md', '---\n---\n').data.title).toBe('Hello Big World')
  })

  it('keeps the file name case in :title and takes categories from front matter, lower-cased in the URL', () => {
    const post = prepared('posts/2020/2016-06-20-Big-News.md', '---\ntitle: x\ncategories: [Release, Ruby]\n---\n')
    expect(post.url).toBe('/release/ruby/2016/06/20/Big-News.html')
    expect(post.data.categories).toEqual(['Release', 'Ruby'])
  })

  it('adds folders above _posts to the categories, and never sub-folders of _posts', () => {
    expect(prepared('posts/engineering/_posts/2016-06-20-x.md', '---\ncategory: ops\n---\n').url).toBe('/engineering/ops/2016/06/20/x.html')
  })

  it('applies defaults under the front matter, the more specific scope winning', () => {
    const defaults = [
      { scope: { path: '' }, values: { author: 'Everyone', layout: 'post' } },
      { scope: { path: '_posts' }, values: { author: 'Posts team' } },
      { scope: { path: '', type: 'pages' }, values: { author: 'Pages only' } },
    ]
    const post = prepared('posts/2016-06-20-x.md', '---\nlayout: own\n---\n', { defaults })
    expect(post.data).toMatchObject({ author: 'Posts team', layout: 'own' })
  })

  it("follows a post's own permalink, placeholders and all", () => {
    expect(prepared('posts/2016-06-20-x.md', '---\npermalink: /blog/:year/:title/\n---\n').url).toBe('/blog/2016/x/')
  })

  it('reads front matter as Ruby does and keeps its line count', () => {
    const post = prepared('posts/2016-06-20-x.md', '---\ntitle: "Two\nlines"\ntitle: "Last wins"\n---\nBody\n')
    expect(post.data.title).toBe('Last wins')
    expect(post.text.split('\n').indexOf('Body')).toBe(5)
  })

  it('hides a future post when the site does not publish the future', () => {
    const source = '---\ntitle: x\n---\n'
    expect(prepared('posts/2040-01-01-x.md', source, { future: false }).draft).toBe(true)
    expect(prepared('posts/2040-01-01-x.md', source, { future: true }).draft).toBe(false)
  })

  it('names .markdown twins .md for Contentlayer', () => {
    expect(prepared('posts/2016-06-20-x.markdown', '---\n---\n').outPath).toBe('posts/2016-06-20-x.markdown.md')
  })

  it('skips what Jekyll skips, saying why', () => {
    expect(preparePost({ file: 'posts/YYYY-MM-DD-name.md', source: '', site, now })).toMatchObject({ kind: 'skipped' })
  })

  it('stops on an unknown permalink placeholder, naming the field', () => {
    expect(() => prepared('posts/2016-06-20-x.md', '---\npermalink: /:yaer/:title/\n---\n')).toThrow(/field "permalink": unknown permalink placeholder ":yaer"/)
  })

  it('stops on tags written as a mapping, naming the field', () => {
    expect(() => prepared('posts/2016-06-20-x.md', '---\ntags: {a: 1}\n---\n')).toThrow(/field "tags": expected a list of text, found a mapping/)
  })

  it('stops on a date nobody can read, naming the file and field', () => {
    expect(() => prepared('posts/2016-06-20-x.md', '---\ndate: next tuesday\n---\n')).toThrow(/posts\/2016-06-20-x.md: field "date"/)
  })
})

describe('keys the content layer reserves', () => {
  it('stops on type: with one line naming the file, the key and the fix, not in Contentlayer’s words', () => {
    expect(() => prepared('posts/2020-01-01-a.md', '---\ntitle: A\ntype: article\n---\n')).toThrow('posts/2020-01-01-a.md: field "type": this key is reserved by the content layer. Fix: rename the "type" key')
    expect(prepared('posts/2020-01-01-a.md', '---\ntitle: A\ntypes: [x]\n---\n').data.types).toEqual(['x'])
  })
})
