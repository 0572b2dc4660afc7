import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { preparedPath, preparePost } from '../content/prepare'
import { site } from '../site'
import { renderMarkdown } from './pipeline'

// Issue 22, class 5: `site.posts` listed drafts, `published: false` and future posts in a production build.
const root = mkdtempSync(join(tmpdir(), 'pressroom-site-posts-'))
const now = new Date('2024-06-01T00:00:00Z')
const files: [string, string][] = [
  ['posts/2024-01-01-public.md', 'title: Public'],
  ['posts/2024-01-02-withheld.md', 'title: Withheld\npublished: false'],
  ['posts/2024-01-03-marked.md', 'title: Marked draft\ndraft: true'],
  ['posts/2999-01-01-future.md', 'title: Future'],
  ['drafts/folder-draft.md', 'title: Folder draft'],
]
for (const [file, frontMatter] of files) {
  const prepared = preparePost({ file, source: `---\n${frontMatter}\n---\nbody\n`, site: { ...site, future: false }, now, mtime: now })
  if (prepared.kind !== 'post') throw new Error(prepared.reason)
  const out = join(root, 'prepared', preparedPath(file))
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, prepared.text)
}
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function listed(showDrafts: boolean): Promise<string> {
  const html = await renderMarkdown('---\ntitle: Index\n---\n\n{% for p in site.posts %}{{ p.title }};{% endfor %}\n', {
    variables: { baseurl: '' },
    siteUrl: 'https://blog.example.com',
    contentDir: join(root, 'content'),
    postsDir: join(root, 'prepared', 'posts'),
    showDrafts,
  })
  return html.replace(/<[^>]+>/g, '').trim()
}

describe("Liquid's site.posts", () => {
  it('lists only what Jekyll would publish in production', async () => {
    expect(await listed(false)).toBe('Public;')
  })
  it('lists drafts too in a preview that shows them', async () => {
    expect((await listed(true)).split(';').filter(Boolean).sort()).toEqual(['Folder draft', 'Future', 'Marked draft', 'Public', 'Withheld'])
  })
})
