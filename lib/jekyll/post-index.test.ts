import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findPostByName, findPostByPath, indexPosts, readFrontMatter } from './post-index'

const content = mkdtempSync(join(tmpdir(), 'pressroom-index-'))
const postsDir = join(content, 'posts')
mkdirSync(join(postsDir, '2016'), { recursive: true })
writeFileSync(join(postsDir, '2016', '2016-06-20-boston.md'), '---\ntitle: Boston\n---\nBody')
writeFileSync(join(postsDir, '2017-01-02-other.markdown'), '---\npermalink: /other/\n---\nBody')
writeFileSync(join(postsDir, 'notes.txt'), 'not a post')
const resolver = {
  url: (post: { sourceFileName: string; frontMatter: Readonly<Record<string, unknown>> }) =>
    typeof post.frontMatter.permalink === 'string' ? post.frontMatter.permalink : `/${post.sourceFileName.slice(0, 10).replace(/-/g, '/')}/`,
  date: (post: { sourceFileName: string }) => new Date(post.sourceFileName.slice(0, 10)),
}
const posts = indexPosts(postsDir, content, resolver)

describe('indexPosts', () => {
  it('lists every post in sub-folders too, newest first, with URL and title (the slug when none)', () => {
    expect(posts.map(({ path, name, url, title }) => ({ path, name, url, title }))).toEqual([
      { path: '2017-01-02-other.markdown', name: '2017-01-02-other', url: '/other/', title: 'other' },
      { path: '2016/2016-06-20-boston.md', name: '2016-06-20-boston', url: '/2016/06/20/', title: 'Boston' },
    ])
  })
})

describe('finding posts', () => {
  it('by name, with or without folders, never with an extension', () => {
    expect(findPostByName(posts, '2016-06-20-boston')?.url).toBe('/2016/06/20/')
    expect(findPostByName(posts, '/2016/2016-06-20-boston')?.url).toBe('/2016/06/20/')
    expect(findPostByName(posts, '2016-06-20-boston.md')).toBeUndefined()
    // Jekyll's fallback when no folder matches: the name in any folder (a deprecation warning there).
    expect(findPostByName(posts, '2015/2016-06-20-boston')?.url).toBe('/2016/06/20/')
    expect(findPostByName(posts, '2015-06-20-boston')).toBeUndefined()
  })

  it('by _posts path, also under another Markdown extension', () => {
    expect(findPostByPath(posts, '_posts/2016/2016-06-20-boston.md')?.url).toBe('/2016/06/20/')
    expect(findPostByPath(posts, '_posts/2017-01-02-other.md')?.url).toBe('/other/')
    expect(findPostByPath(posts, 'docs/2017-01-02-other.md')).toBeUndefined()
  })
})

describe('posts in <dir>/_posts/ folders', () => {
  const site = mkdtempSync(join(tmpdir(), 'pressroom-index-'))
  mkdirSync(join(site, 'posts', 'en', 'news', '_posts'), { recursive: true })
  mkdirSync(join(site, 'posts', 'fr', 'news', '_posts'), { recursive: true })
  writeFileSync(join(site, 'posts', 'en', 'news', '_posts', '2018-03-04-launch.md'), '---\npermalink: /en/launch/\n---\n')
  writeFileSync(join(site, 'posts', 'fr', 'news', '_posts', '2018-03-04-launch.md'), '---\npermalink: /fr/launch/\n---\n')
  const found = indexPosts(join(site, 'posts'), site, resolver)
  it('are found by {% link %} with their folders, each language its own', () => {
    expect(findPostByPath(found, 'en/news/_posts/2018-03-04-launch.md')?.url).toBe('/en/launch/')
    expect(findPostByPath(found, '/fr/news/_posts/2018-03-04-launch.md')?.url).toBe('/fr/launch/')
    expect(findPostByPath(found, 'de/news/_posts/2018-03-04-launch.md')).toBeUndefined()
  })
  it('are found by {% post_url %} with the folders above _posts', () => {
    expect(findPostByName(found, 'fr/news/2018-03-04-launch')?.url).toBe('/fr/launch/')
    expect(findPostByName(found, 'en/news/2018-03-04-launch')?.url).toBe('/en/launch/')
  })
})

describe('readFrontMatter', () => {
  it('reads the mapping, and nothing from a file without one or with a broken one', () => {
    expect(readFrontMatter('---\ntitle: A\ntags: [a, b]\n---\nbody')).toEqual({ title: 'A', tags: ['a', 'b'] })
    expect(readFrontMatter('no front matter')).toEqual({})
    expect(readFrontMatter('---\ntitle: [unclosed\n---\n')).toEqual({})
  })
})
