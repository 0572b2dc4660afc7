import { afterAll, describe, expect, it } from 'vitest'
import { contentBuild, removeBuild, type ContentBuild } from '../../test/support/content-build'

/**
 * The content step with the Markdown rendered in worker processes beside Contentlayer (as a large site's build does it) must
 * give Contentlayer exactly the posts it renders itself: same HTML, same excerpts and headings.
 */

const posts = [
  { name: '2021-01-01-code.md', text: '---\ntitle: Code\ntags: [go]\n---\n\nIntro with a [link](/about/).\n\n## Setup\n\n```go\nfunc main() {}\n```\n\nA note.[^1]\n\n[^1]: The note.\n' },
  { name: '2021-01-02-liquid.md', text: '---\ntitle: Liquid\n---\n\n{% assign n = 3 %}There are {{ n | plus: 1 }} items on {{ site.title }}.\n\n## Setup\n\nSame heading text as another post.\n' },
  { name: '2021-01-03-kramdown.md', text: '---\ntitle: Kramdown\n---\n\nTerm\n: Its definition\n{: .wide}\n\n* list\n* items\n\n<div markdown="1">*inside*</div>\n' },
  { name: '2021-01-04-post-url.md', text: "---\ntitle: Links\n---\n\nSee [the code post]({% post_url 2021-01-01-code %}).\n" },
]

const builds: ContentBuild[] = []
afterAll(async () => {
  await Promise.all(builds.map(removeBuild))
})

type Doc = { _raw: { sourceFilePath: string }; body: { html: string }; excerptHtml: unknown; headings: unknown }
const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && '_raw' in value && 'body' in value
const byPath = async (build: ContentBuild) =>
  new Map(
    (await build.posts())
      .filter(isDoc)
      .map((doc) => [doc._raw.sourceFilePath, { html: doc.body.html, excerptHtml: doc.excerptHtml, headings: doc.headings }]),
  )

describe('the content step with Markdown workers', () => {
  it('builds the same posts as Contentlayer rendering them itself', { timeout: 240_000 }, async () => {
    const [prerendered, direct] = await Promise.all([contentBuild(posts, { prerenderProcesses: 2 }), contentBuild(posts, { prerenderProcesses: 0 })])
    builds.push(prerendered, direct)
    expect(prerendered.code, prerendered.output).toBe(0)
    expect(direct.code, direct.output).toBe(0)
    expect(prerendered.output).toContain(`${posts.length} of ${posts.length} documents' Markdown rendered in 2 processes beside Contentlayer`)
    expect(direct.output).not.toContain('rendered in')

    const withPrerender = await byPath(prerendered)
    const without = await byPath(direct)
    expect([...withPrerender.keys()].sort()).toEqual(posts.map((post) => `posts/${post.name}`).sort())
    for (const [path, doc] of without) expect(withPrerender.get(path), path).toEqual(doc)
    expect(without.get('posts/2021-01-02-liquid.md')?.html).toContain('There are 4 items')
  })
})
