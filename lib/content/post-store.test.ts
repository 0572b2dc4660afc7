import { describe, expect, it } from 'vitest'
import { postStoreDir, storedAuthorFrom, storedPageFrom, storedPostFrom } from './post-store'
import { parsePostStore } from './post-store-read'

/** A post document as Contentlayer writes it, with the fields the store reads. */
function doc(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    _raw: { sourceFilePath: 'posts/2016-06-20-a.markdown.md' },
    body: { raw: 'Text.', html: '<p>Text.</p>' },
    title: 'A',
    sourcePath: 'posts/2016-06-20-a.markdown',
    url: '/2016/06/20/a/',
    postSlug: 'a',
    jekyllId: '/2016/06/20/a',
    categoryList: ['release'],
    publishedAt: '2016-06-20T07:00:00.000Z',
    updatedAt: '2016-06-20T07:00:00.000Z',
    authorList: ['Dale Ragan'],
    tagList: ['docker'],
    excerptHtml: '<p>Text.</p>',
    excerptText: 'Text.',
    readingMinutes: 1,
    isDraft: false,
    headings: [{ depth: 2, id: 'x', text: 'X' }, { depth: 4, id: 'deep', text: 'Too deep' }],
    ...overrides,
  }
}

describe('series, comments and pages in the store', () => {
  it('keeps a post\'s series and its comments: false, and each page with its HTML', () => {
    expect(storedPostFrom(doc({ series: 'Intro', comments: false }), 'html/0.html').post).toMatchObject({ series: 'Intro', comments: false })
    expect(storedPostFrom(doc(), 'html/0.html').post).toMatchObject({ series: undefined, comments: true })
    // What a kept jekyll-feed feed names the post by, and the categories its category feeds filter on.
    expect(storedPostFrom(doc(), 'html/0.html').post).toMatchObject({ jekyllId: '/2016/06/20/a', categories: ['release'], disqusIdentifier: undefined })
    expect(storedPostFrom(doc({ disqus_identifier: 'post-42' }), 'html/0.html').post).toMatchObject({ disqusIdentifier: 'post-42' })
    const page = storedPageFrom({ _raw: { sourceFilePath: 'pages/about.md' }, body: { html: '<p>Hi.</p>' }, url: '/about/', title: 'About', excerptText: 'Hi.' })
    expect(page).toEqual({ file: 'pages/about.md', url: '/about/', title: 'About', description: undefined, excerptText: 'Hi.', html: '<p>Hi.</p>' })
    expect(parsePostStore([], [], '.pressroom/posts', [page]).pages).toEqual([page])
  })

  it('fails on a page without a title and on a torn page list, naming the file', () => {
    expect(() => storedPageFrom({ _raw: { sourceFilePath: 'pages/about.md' }, body: { html: '' }, url: '/about/', excerptText: '' })).toThrow(expect.objectContaining({ file: 'pages/about.md' }))
    expect(() => parsePostStore([], [], '.pressroom/posts', [{ url: '/about/' }])).toThrow('.pressroom/posts/pages.json')
  })
})

describe('storedPostFrom', () => {
  it("keeps what pages read, the body apart, and names the author's file", () => {
    const { post, body } = storedPostFrom(doc({ redirect_from: 'old/a', excerpt: 'Own excerpt.' }), 'html/3.html')
    expect(body).toBe('<p>Text.</p>')
    expect(post).toMatchObject({ file: 'posts/2016-06-20-a.markdown.md', source: 'posts/2016-06-20-a.markdown', slug: 'a', date: '2016-06-20T07:00:00.000Z', html: 'html/3.html' })
    expect(post.redirectFrom).toEqual(['/old/a'])
    expect(post.redirectTo).toBeUndefined()
    expect(post.excerptText).toBe('Own excerpt.')
    // Listings show excerptHtml: the front matter's excerpt, not the body's first paragraph.
    expect(post.excerptHtml).toBe('<p>Own excerpt.</p>')
    expect(storedPostFrom(doc({ excerpt: 'Fish & <chips>' }), 'html/3.html').post.excerptHtml).toBe('<p>Fish &#x26; &#x3C;chips></p>')
    expect(post.headings).toEqual([{ depth: 2, id: 'x', text: 'X' }])
  })

  it('takes the first redirect_to, and fails on a redirect that is not a URL, naming file and field', () => {
    expect(storedPostFrom(doc({ redirect_to: ['https://example.com/a/', 'https://example.com/b/'] }), 'html/0.html').post.redirectTo).toBe('https://example.com/a/')
    expect(() => storedPostFrom(doc({ redirect_from: [1] }), 'html/0.html')).toThrow(expect.objectContaining({ name: 'ContentError', file: 'posts/2016-06-20-a.markdown.md', field: 'redirect_from' }))
  })

  it('fails on a computed list that is not text, and on a document without HTML', () => {
    expect(() => storedPostFrom(doc({ tagList: [1, 2] }), 'html/0.html')).toThrow(expect.objectContaining({ field: 'tags' }))
    expect(() => storedPostFrom(doc({ body: { raw: 'x' } }), 'html/0.html')).toThrow(expect.objectContaining({ field: 'body' }))
    expect(() => storedPostFrom({ title: 'no _raw' }, 'html/0.html')).toThrow('rebuild content')
  })
})

describe('storedAuthorFrom', () => {
  it('keeps well-formed links and drops others', () => {
    expect(storedAuthorFrom({ name: 'Ann', links: [{ label: 'Site', url: 'https://a.example' }, { label: 3 }] })).toEqual({ name: 'Ann', bio: undefined, avatar: undefined, links: [{ label: 'Site', url: 'https://a.example' }] })
    expect(() => storedAuthorFrom({ bio: 'nameless' })).toThrow('without a name')
  })
})

describe('parsePostStore', () => {
  const stored = storedPostFrom(doc(), 'html/0.html').post

  it('reads back what the writer wrote, through JSON', () => {
    const store = parsePostStore(JSON.parse(JSON.stringify([stored])), [{ name: 'Ann', links: [] }], '.pressroom/posts')
    expect(store.posts[0]?.url).toBe('/2016/06/20/a/')
    expect(store.authors[0]?.name).toBe('Ann')
  })

  it('refuses a store of another shape, saying how to rebuild it', () => {
    expect(() => parsePostStore([{ ...stored, tags: 'docker' }], [], '.pressroom/posts')).toThrow('.pressroom/posts/posts.json is not a post store written by this version. Fix: rebuild content')
    expect(() => parsePostStore([], [{ links: [] }], '.pressroom/posts')).toThrow('authors.json')
  })
})

describe('postStoreDir', () => {
  it('is .pressroom/posts unless the environment names another', () => {
    expect(postStoreDir({}, '/site')).toBe('/site/.pressroom/posts')
    expect(postStoreDir({ PRESSROOM_POST_STORE: '/base/store' }, '/site')).toBe('/base/store')
  })
})

describe('redirects follow the one path rule (lib/urls/safe-path.ts)', () => {
  it('keeps site-absolute and site-relative sources, and external targets', () => {
    expect(storedPostFrom(doc({ redirect_from: ['/old/', 'older/', '/a.html'], redirect_to: 'https://example.org/x' }), 'html/0.html').post).toMatchObject({ redirectFrom: ['/old/', '/older/', '/a.html'], redirectTo: 'https://example.org/x' })
  })

  it.each(['../../escape/', '/../../../tmp/x/', '/%2e%2e/%2e%2e/x/', '/a%2f..%2f..%2fb/'])('refuses redirect_from %j, which the redirect writer would put above out/', (from) => {
    expect(() => storedPostFrom(doc({ redirect_from: [from] }), 'html/0.html')).toThrow(/^posts\/2016-06-20-a\.markdown\.md: field "redirect_from": ".*" has .*\. Fix: /)
  })

  it('refuses a redirect_to path with ".." too', () => {
    expect(() => storedPostFrom(doc({ redirect_to: '/../x/' }), 'html/0.html')).toThrow(/field "redirect_to"/)
  })
})

describe('avatars follow the path rule', () => {
  it('keeps /images/jane.jpg and https avatars, refuses ".." naming the author file', () => {
    expect(storedAuthorFrom({ name: 'Jane', avatar: '/images/jane.jpg' }).avatar).toBe('/images/jane.jpg')
    expect(storedAuthorFrom({ name: 'Jane', avatar: 'https://example.org/j.png' }).avatar).toBe('https://example.org/j.png')
    expect(() => storedAuthorFrom({ _raw: { sourceFilePath: 'authors/jane.yml' }, name: 'Jane', avatar: '/../../etc/x.png' })).toThrow(/^authors\/jane\.yml: field "avatar": ".*" has a "\." or "\.\." segment/)
  })
})
