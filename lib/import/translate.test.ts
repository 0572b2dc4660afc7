import { describe, expect, it } from 'vitest'
import { translatePost, UntranslatablePost, type PostInput } from './translate'

// Each URL below is the one Jekyll 4.3 gives the file (checked with `jekyll build`).
const site: PostInput['site'] = { timeZone: 'UTC', permalink: 'date', defaults: [], future: false }
const now = new Date('2030-01-01T00:00:00Z')
const translate = (dest: string, text: string, over: Partial<PostInput> = {}) => translatePost({ dest, text, site, now, taken: new Set(), ...over })

describe('translatePost: file names the build refuses', () => {
  it('renames the copy and keeps Jekyll’s URL, slug and title', () => {
    const post = translate('posts/2014-03-22-escape-+ %20[].markdown', '---\nlayout: post\n---\nText\n')
    expect(post.dest).toBe('posts/2014-03-22-escape-+-20.markdown')
    expect(post.url).toBe('/2014/03/22/escape-+-20.html')
    expect(post.text).toBe('---\nlayout: post\npermalink: "/2014/03/22/escape-+-20.html"\nslug: "escape-+ %20[]"\ntitle: "Escape + %20[]"\n---\nText\n')
    expect(post.changes[0]).toMatch(/^renamed 2014-03-22-escape-\+ %20\[\]\.markdown → 2014-03-22-escape-\+-20\.markdown/)
  })
  it('renames a name holding …… or # the same way, and keeps a title the post has', () => {
    const post = translate('posts/2017-04-13-I-assess-quality-……-therefore-I-am.md', '---\ntitle: Quality\n---\n')
    expect(post.dest).toBe('posts/2017-04-13-I-assess-quality-therefore-I-am.md')
    expect(post.url).toBe('/2017/04/13/I-assess-quality-therefore-I-am.html')
    expect(translate('posts/2009-03-12-hash-#1.markdown', '---\n---\n').url).toBe('/2009/03/12/hash-1.html')
  })
  it('leaves a name the build takes as it is, bytes and all', () => {
    const post = translate('posts/2016-11-26-special-chars-(+).markdown', '---\ntitle: Special\n---\n')
    expect(post).toMatchObject({ dest: 'posts/2016-11-26-special-chars-(+).markdown', text: undefined, changes: [], url: '/2016/11/26/special-chars-(+).html' })
  })
  it('takes a free name when the renamed one is taken', () => {
    const taken = new Set(['posts/2020-01-01-a-b.md'])
    expect(translate('posts/2020-01-01-a b.md', '---\n---\n', { taken }).dest).toBe('posts/2020-01-01-a-b-2.md')
  })
})

describe('translatePost: extensions Jekyll takes as posts', () => {
  it('brings a .text post over as Markdown at Jekyll’s URL, and says it is rendered differently', () => {
    const post = translate('posts/2011-04-12-text-extension.text', 'Best **post** ever\n')
    expect(post.dest).toBe('posts/2011-04-12-text-extension.md')
    expect(post.url).toBe('/2011/04/12/text-extension.text/')
    expect(post.degraded).toEqual(['a .text post, which Jekyll copies as it is: rendered as Markdown here'])
  })
  it('takes .mdown, which Jekyll does not convert by default, as it takes .text: its own extension in the URL', () => {
    const post = translate('posts/2020-01-02-a.mdown', 'Text\n')
    expect(post.dest).toBe('posts/2020-01-02-a.md')
    expect(post.url).toBe('/2020/01/02/a.mdown/')
    expect(translate('posts/2020-01-02-b.mkdn', 'Text\n').url).toBe('/2020/01/02/b.html')
    // A pattern's own `.html` is no `:output_ext`: Jekyll writes it as it stands.
    expect(translate('posts/2020-01-02-c.mdown', '---\npermalink: /blog/:slug.html\n---\nText\n').url).toBe('/blog/c.html')
  })
  it('keeps what defaults scoped to the old path gave a renamed post: its URL and its front matter', () => {
    // Jekyll 4.3: `_posts/2020-01-02-a.mdown` under this scope is served at /blog/a/, titled "From defaults".
    const defaults = [{ scope: { path: '_posts/2020-01-02-a.mdown' }, values: { permalink: '/blog/:title/', title: 'From defaults' } }]
    const post = translate('posts/2020-01-02-a.mdown', '---\n---\nText\n', { site: { ...site, defaults } })
    expect(post.dest).toBe('posts/2020-01-02-a.md')
    expect(post.url).toBe('/blog/a/')
    expect(post.text).toContain('title: "From defaults"')
    // A scope naming another file gives this one nothing.
    const other = translate('posts/2020-01-02-b.mdown', '---\n---\nText\n', { site: { ...site, defaults } })
    expect(other.url).toBe('/2020/01/02/b.mdown/')
    expect(other.text).not.toContain('From defaults')
  })
  it('keeps a .markdown post’s name and extension', () => {
    expect(translate('posts/2013-08-01-mkdn-extension.mkdn', '---\n---\n')).toMatchObject({ dest: 'posts/2013-08-01-mkdn-extension.mkdn', degraded: [] })
  })
})

describe('translatePost: dates', () => {
  it('writes a date Ruby reads loosely in the strict form, the same instant', () => {
    const post = translate('posts/2020-01-01-a.md', '---\ndate: 2020-01-02 10:00 (Europe)\n---\n')
    expect(post.text).toBe('---\ndate: "2020-01-02 10:00:00 +0000"\n---\n')
    expect(post.url).toBe('/2020/01/02/a.html')
  })
  it('leaves a date written strictly alone', () => {
    expect(translate('posts/2020-01-01-a.md', '---\ndate: 2020-01-02 10:00:00 +0100\n---\n').text).toBeUndefined()
  })
})

describe('translatePost: what the build still refuses comes over degraded, and is said', () => {
  it('keeps a permalink that tries to leave the site inside it, where Jekyll writes the file', () => {
    const post = translate('posts/2014-01-06-permalink-traversal.md', '---\npermalink: /%2e%2e/%2e%2e/%2e%2e/baddie.html\n---\n')
    expect(post.url).toBe('/baddie.html')
    expect(post.degraded).toEqual([expect.stringMatching(/has a "\." or "\.\." segment \(permalink\): permalink written "\/baddie\.html", where Jekyll writes the file$/)])
  })
  it('drops a permalink the build refuses otherwise: the post is served at the site’s pattern', () => {
    const post = translate('posts/2020-01-01-a.md', '---\npermalink: /feed.xml\n---\n')
    expect(post.url).toBe('/2020/01/01/a.html')
    expect(post.degraded).toEqual([expect.stringMatching(/belongs to .*\(permalink\): permalink dropped$/)])
  })
  it('leaves out front matter Ruby’s YAML refuses, as Jekyll does', () => {
    const post = translate('posts/2020-01-01-a.md', '---\ntitle: [unclosed\n---\nBody\n')
    expect(post.text).toBe('Body\n')
    expect(post.served).toBe(true)
  })
  it('drops a tags mapping, which the build refuses', () => {
    const post = translate('posts/2020-01-01-a.md', '---\ntags:\n  a: 1\n---\n')
    expect(post.text).toBe('---\n---\n')
    expect(post.degraded).toEqual(['expected a list of text, found a mapping (tags): tags dropped'])
  })
})

describe('translatePost: values the post store refuses', () => {
  it('writes a title given as a list as Liquid prints it (Jekyll shows `ab`), and keeps a title that is text', () => {
    const post = translate('posts/2020-01-02-title-list.md', '---\ntitle: [a, b]\n---\n')
    expect(post.text).toBe('---\ntitle: "ab"\n---\n')
    expect(post.degraded).toEqual(['expected text (title): title written as text, as Liquid prints the list'])
    expect(translate('posts/2020-01-02-a.md', '---\ntitle: 2019\n---\n').text).toBeUndefined()
  })
  it('drops a redirect_from that is no URL or list of URLs, and keeps one that is', () => {
    expect(translate('posts/2020-01-01-a.md', '---\nredirect_from:\n  a: 1\n---\n').degraded).toEqual(['expected a URL or a list of URLs (redirect_from): redirect_from dropped'])
    expect(translate('posts/2020-01-01-a.md', '---\nredirect_from: [/old/, /older/]\n---\n').text).toBeUndefined()
  })
})

describe('translatePost: keys the content layer reserves', () => {
  it('renames type: (Contentlayer’s type field) and points page.type at it', () => {
    const post = translate('posts/2020-01-01-a.md', '---\ntitle: A\ntype: article\n---\nA {{ page.type }}\n')
    expect(post.text).toBe('---\ntitle: A\njekyll_type: "article"\n---\nA {{ page.jekyll_type }}\n')
    expect(post.degraded).toEqual(['this key is reserved by the content layer (type): type renamed jekyll_type (page.type in the post follows it)'])
  })
  it('leaves a post without such keys alone', () => {
    expect(translate('posts/2020-01-01-a.md', '---\ntitle: A\ntypes: [x]\n---\n').text).toBeUndefined()
  })
})

describe('translatePost: a post nothing brings to a form the build accepts', () => {
  it('is refused with its reason (the import lists it as left out), never written half-translated', () => {
    expect(() => translate('posts/2020-01-01-a.md', '---\n---\n', { site: { ...site, permalink: '/:title?x/' } })).toThrow(UntranslatablePost)
  })
})
