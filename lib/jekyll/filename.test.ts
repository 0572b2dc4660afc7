import { describe, expect, it } from 'vitest'
import { parsePostFileName, POST_EXTENSIONS } from './filename'

describe('parsePostFileName', () => {
  it('splits a Jekyll post name into its date and slug', () => {
    expect(parsePostFileName('2016-06-20-container-days-in-boston.md')).toEqual({
      date: '2016-06-20',
      slug: 'container-days-in-boston',
    })
  })

  it('zero-pads a short month and day', () => {
    expect(parsePostFileName('2016-6-2-short.markdown')).toEqual({ date: '2016-06-02', slug: 'short' })
  })

  it.each(['md', 'markdown', 'mdown', 'mkd', 'mkdn', 'MD'])('accepts the .%s extension', (ext) => {
    expect(parsePostFileName(`2020-01-01-post.${ext}`)).toEqual({ date: '2020-01-01', slug: 'post' })
  })

  it('keeps dots inside the slug and strips only the extension', () => {
    expect(parsePostFileName('2020-01-01-jekyll-3.8.0-released.markdown')?.slug).toBe('jekyll-3.8.0-released')
  })

  it('gives no date for a name without the prefix', () => {
    expect(parsePostFileName('about-us.md')).toEqual({ date: undefined, slug: 'about-us' })
  })

  it.each(['notes.txt', 'post.md.bak', '.md', '2016-06-20-post'])('rejects %j, which is not a Markdown post', (name) => {
    expect(parsePostFileName(name)).toBeUndefined()
  })
})

describe('POST_EXTENSIONS', () => {
  it('lists exactly the extensions the file-name parser accepts', () => {
    for (const ext of POST_EXTENSIONS) expect(parsePostFileName(`2020-01-01-post.${ext}`)).toBeDefined()
    for (const ext of ['mdx', 'markdn', 'txt']) expect(parsePostFileName(`2020-01-01-post.${ext}`)).toBeUndefined()
  })
})
