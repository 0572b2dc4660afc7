import { describe, expect, it } from 'vitest'
import { storedPost } from '../../test/support/stored-posts'
import { postDetail } from './detail'
import { buildSiteContent } from './published'

const first = storedPost('first', '2016-01-01T08:00:00.000Z', { series: 'Basics', tags: ['Go'] })
const second = storedPost('second', '2016-02-01T08:00:00.000Z', { series: 'Basics', tags: ['Go'], disqusIdentifier: 'thread-2' })
const third = storedPost('third', '2016-03-01T08:00:00.000Z', { tags: ['Rust'], comments: false })
const content = buildSiteContent([first, second, third], [], { showDrafts: false, timeZone: 'UTC' })
const bodies = new Map([[second.url, '<p><a href="/2016/01/01/first/">Part 1</a></p>']])
const options = { basePath: '/blog', contentFolder: 'content' }
const detail = (url: string) => postDetail(content, url, (entry) => bodies.get(entry.summary.url) ?? '<p>Body.</p>', options)

describe('postDetail', () => {
  it('shows the post with its body under the base path, its neighbours, series, related posts and sources', () => {
    const post = detail(second.url)
    expect(post?.html).toBe('<p><a href="/blog/2016/01/01/first/">Part 1</a></p>')
    expect([post?.previous?.url, post?.next?.url]).toEqual([first.url, third.url])
    expect(post?.series?.parts.map((part) => [part.url, part.current])).toEqual([
      [first.url, false],
      [second.url, true],
    ])
    expect(post?.related.map((p) => p.slug)).toEqual(['first'])
    expect(post).toMatchObject({ sourcePath: 'content/posts/2016-02-01-second.md', comments: true, commentsKey: 'thread-2' })
  })

  it('has no neighbour past either end, no series without one, and comments off when the post says so', () => {
    const newest = detail(third.url)
    expect([newest?.previous?.url, newest?.next]).toEqual([second.url, undefined])
    expect(newest?.series).toBeUndefined()
    expect(newest).toMatchObject({ comments: false, commentsKey: third.url })
    expect(detail(first.url)?.previous).toBeUndefined()
  })

  it('finds nothing at a URL no published post has', () => {
    expect(detail('/2016/04/01/nope/')).toBeUndefined()
  })
})
