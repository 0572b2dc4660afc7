import { describe, expect, it } from 'vitest'
import { preparePost } from '../lib/content/prepare'
import { siteConfigFrom } from '../lib/site'
import { generatePosts, postFile } from './corpus.mjs'

// The generated corpus as a site's content folder (the page-weight check and the build benchmark use it):
// each post must be one the content step accepts, at the corpus URL, the same for the same seed.
describe('postFile', () => {
  const site = siteConfigFrom({})
  const posts = generatePosts(20, 7)

  it('writes posts the content step reads at their corpus URLs, dated by their file names', () => {
    for (const post of posts) {
      const file = postFile(post)
      expect(file.name).toMatch(new RegExp(`^${post.date}-[a-z0-9-]+\\.md$`))
      const prepared = preparePost({ file: `posts/${file.name}`, source: file.text, site, now: new Date('2030-01-01'), mtime: new Date('2030-01-01') })
      if (prepared.kind !== 'post') throw new Error(`${file.name}: ${prepared.reason}`)
      expect(prepared.url).toBe(post.url)
      expect(prepared.draft).toBe(false)
    }
  })

  it('writes Markdown, not the HTML the search benchmark indexes', () => {
    const [first] = posts
    if (!first) throw new Error('no post generated')
    const text = postFile(first).text
    expect(text).toMatch(/\n## /)
    expect(text).not.toContain('<p>')
  })

  it('is the same for the same seed and differs for another', () => {
    expect(generatePosts(20, 7).map((p) => postFile(p).text)).toEqual(posts.map((p) => postFile(p).text))
    expect(generatePosts(20, 8).map((p) => postFile(p).text)).not.toEqual(posts.map((p) => postFile(p).text))
  })
})
