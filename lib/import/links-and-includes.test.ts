import { describe, expect, it } from 'vitest'
import { includedFiles, mirrorPath, pointAtCopies } from './relative-includes'
import { rewriteLinks } from './renamed-links'

describe('rewriteLinks', () => {
  const renames = [{ from: '_posts/2009-03-12-hash-#1.markdown', to: '_posts/2009-03-12-hash-1.markdown' }, { from: 'en/news/_posts/2020-01-01-a b.md', to: 'en/news/_posts/2020-01-01-a-b.md' }]
  it('points post_url and link tags that name a renamed post at its new name', () => {
    expect(rewriteLinks('[x]({% post_url 2009-03-12-hash-#1 %}) [y]({%- link en/news/_posts/2020-01-01-a b.md -%})', renames)).toBe(
      '[x]({% post_url 2009-03-12-hash-1 %}) [y]({%- link en/news/_posts/2020-01-01-a-b.md -%})',
    )
    expect(rewriteLinks('{% post_url en/news/2020-01-01-a b %}', renames)).toBe('{% post_url en/news/2020-01-01-a-b %}')
  })
  it('leaves tags naming other posts, and other tags, as they are', () => {
    const text = '{% post_url 2009-03-12-hash %} {% link _posts/2009-03-12-hash-#1.md %} {% include hash-#1 %}'
    expect(rewriteLinks(text, renames)).toBe(text)
  })
})

describe('include_relative copies', () => {
  it('copies a _posts folder’s files under content/posts/_relative/, no _posts segment left', () => {
    expect(mirrorPath('/site', '/site/_posts/include_relative/a.html')).toBe('content/posts/_relative/posts_/include_relative/a.html')
    expect(mirrorPath('/site', '/site/en/_posts/2020-01-01-x.md')).toBe('content/posts/_relative/en/posts_/2020-01-01-x.md')
  })
  it('copies nothing from outside the _posts folders, or that the build could not take', () => {
    expect(mirrorPath('/site', '/site/_includes/a.html')).toBeUndefined()
    expect(mirrorPath('/site', '/site/_posts/a b.html')).toBeUndefined()
  })
  it('names the files the tags include, or says one is named with Liquid', () => {
    expect(includedFiles('{% include_relative a.html %} {%- include_relative sub/b.md x="1" -%}')).toEqual(['a.html', 'sub/b.md'])
    expect(includedFiles('{% include_relative a.html %} {% include_relative {{ page.x }} %}')).toBe('dynamic')
    expect(includedFiles('{% include a.html %}')).toEqual([])
  })
  it('points each include_relative at the copy, from the post’s own folder', () => {
    expect(pointAtCopies('{% include_relative inc/{{ page.x }} %}', 'posts/2020-01-01-a.md', '_posts/2020-01-01-a.md')).toBe('{% include_relative _relative/posts_/inc/{{ page.x }} %}')
    expect(pointAtCopies('{%include_relative b.html%}', 'posts/en/_posts/2020-01-01-a.md', 'en/_posts/2020-01-01-a.md')).toBe('{%include_relative ../../_relative/en/posts_/b.html%}')
    expect(pointAtCopies('{% include b.html %}', 'posts/2020-01-01-a.md', '_posts/2020-01-01-a.md')).toBe('{% include b.html %}')
  })
})
