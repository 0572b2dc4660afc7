import { describe, expect, it } from 'vitest'
import { preparePost } from '../content/prepare'
import { jekyllPublished } from './published'

const site = { timeZone: 'UTC', permalink: 'date', defaults: [], future: true }

/** The `published` value the prepare step hands Contentlayer (whose schema takes a boolean only). */
function preparedPublished(line: string): unknown {
  const result = preparePost({ file: 'posts/2020-01-02-x.md', source: `---\ntitle: x\n${line}\n---\nHi\n`, site, now: new Date('2030-01-01T00:00:00Z') })
  if (result.kind !== 'post') throw new Error(result.reason)
  const data: unknown = JSON.parse(result.text.split('\n')[1] ?? '{}')
  return typeof data === 'object' && data !== null ? Reflect.get(data, 'published') : undefined
}

describe('published, as Jekyll reads it', () => {
  it('hides a post only for false and an empty value', () => {
    expect([false, null, true, 'false', 'no', 0].map(jekyllPublished)).toEqual([false, false, true, true, true, true])
    expect(jekyllPublished(undefined)).toBeUndefined()
  })
  // Found by `npm run fuzz:jekyll`: Jekyll publishes `published: "false"`; the build refused the post's field.
  it('reaches Contentlayer as a boolean', () => {
    expect(preparedPublished('published: "false"')).toBe(true)
    expect(preparedPublished('published:')).toBe(false)
    expect(preparedPublished('published: no')).toBe(false)
    expect(preparedPublished('title2: x')).toBeUndefined()
  })
})
