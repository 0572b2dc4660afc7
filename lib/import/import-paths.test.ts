import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importJekyll } from './run'

// A sandbox: the Jekyll site and the project sit side by side in it, so anything written or read outside
// either shows up as a file of the sandbox.
const sandbox = mkdtempSync(join(tmpdir(), 'pressroom-import-paths-'))
afterAll(() => rmSync(sandbox, { recursive: true, force: true }))
let n = 0

function setup(files: Record<string, string>, links: Record<string, string> = {}): { site: string; root: string; box: string } {
  const box = join(sandbox, `case${n++}`)
  const site = join(box, 'deep', 'site')
  const root = join(box, 'deep', 'project')
  mkdirSync(root, { recursive: true })
  writeFileSync(join(box, 'outside-secret.txt'), 'SECRET')
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true })
    writeFileSync(join(site, path), text)
  }
  for (const [link, target] of Object.entries(links)) symlinkSync(target.replace('BOX', box).replace('SITE', site), join(site, link))
  return { site, root, box }
}

const quiet = () => undefined
const post = '---\ntitle: First\nauthor: Eve\n---\nText.\n'

describe('the import writes only inside content/ and public/', () => {
  it('an authors.yml key with ".." is written as a plain file name in content/authors/, and listed', () => {
    const { site, root, box } = setup({ '_posts/2020-01-01-first.md': post, '_data/authors.yml': '"../../../escaped":\n  name: Eve\n"a/b":\n  name: Ann\n"a-b":\n  name: Bob\n' })
    const report = importJekyll(site, root, quiet)
    expect(readdirSync(join(root, 'content', 'authors')).sort()).toEqual(['a-b-2.yml', 'a-b.yml', 'escaped.yml'])
    expect(existsSync(join(box, 'escaped.yml'))).toBe(false)
    expect(report.skipped).toContainEqual({ file: '_data/authors.yml: "../../../escaped"', reason: expect.stringContaining('written as content/authors/escaped.yml') })
  })

  it('an avatar with ".." is neither copied from outside the site nor written outside the project; the profile drops it, listed', () => {
    const { site, root, box } = setup({ '_posts/2020-01-01-first.md': post, '_data/authors.yml': 'eve:\n  name: Eve\n  avatar: /../../outside-secret.txt\n' })
    const report = importJekyll(site, root, quiet)
    expect(readdirSync(join(box, 'deep')).sort()).toEqual(['project', 'site'])
    expect(existsSync(join(root, 'public'))).toBe(false)
    expect(readFileSync(join(root, 'content', 'authors', 'eve.yml'), 'utf8')).not.toContain('avatar')
    expect(report.skipped).toContainEqual({ file: 'avatar of author eve: /../../outside-secret.txt', reason: expect.stringContaining('left out of the profile') })
  })

  it('an asset that is a link out of the site is not copied, and is listed', () => {
    const { site, root } = setup({ '_posts/2020-01-01-first.md': '---\ntitle: A\n---\n![x](/images/outside-secret.txt)\n' }, { images: 'BOX' })
    const report = importJekyll(site, root, quiet)
    expect(existsSync(join(root, 'public', 'images', 'outside-secret.txt'))).toBe(false)
    expect(report.skipped.map((s) => s.file)).toContain('images')
    expect(report.skipped).toContainEqual({ file: '/images/outside-secret.txt (referenced at _posts/2020-01-01-first.md:4)', reason: expect.stringContaining('outside the Jekyll site: not copied') })
  })
})

describe('linked posts are imported or listed, never dropped silently', () => {
  it('a post linked from inside the site is imported; one linked from outside, a broken link and a link loop are listed', () => {
    const { site, root } = setup(
      { '_posts/2020-01-01-first.md': post, 'archive/2019-01-01-kept.md': '---\ntitle: Kept\n---\n' },
      { '_posts/2019-01-01-kept.md': 'SITE/archive/2019-01-01-kept.md', '_posts/2018-01-01-outside.md': 'BOX/outside-secret.txt', '_posts/2017-01-01-gone.md': 'SITE/nothing.md', '_posts/again': 'SITE/_posts' },
    )
    const report = importJekyll(site, root, quiet)
    expect(report.posts.map((p) => p.file)).toEqual(['_posts/2019-01-01-kept.md', '_posts/2020-01-01-first.md'])
    expect(readFileSync(join(root, 'content', 'posts', '2019-01-01-kept.md'), 'utf8')).toContain('Kept')
    expect(report.skipped).toEqual(expect.arrayContaining([
      { file: '_posts/2018-01-01-outside.md', reason: expect.stringContaining('symbolic link out of the Jekyll site') },
      { file: '_posts/2017-01-01-gone.md', reason: expect.stringContaining('symbolic link to nothing') },
      { file: '_posts/again', reason: expect.stringContaining('a loop') },
    ]))
    expect(existsSync(join(root, 'content', 'posts', '2018-01-01-outside.md'))).toBe(false)
  })
})

describe('include names Jekyll takes and the build refuses are listed with their fix', () => {
  it('a leading "/" and ".." in include and include_relative', () => {
    const { site, root } = setup({ '_posts/2020-01-01-first.md': '---\ntitle: A\n---\n{% include /note.html %}\n{% include_relative ../x.md %}\n{% include ok.html %}\n', '_includes/note.html': 'n', '_includes/ok.html': 'o' })
    const report = importJekyll(site, root, quiet)
    expect(report.unrenderable).toEqual([
      { file: '_posts/2020-01-01-first.md', line: 4, what: '{% include /note.html %}', why: expect.stringMatching(/absolute path.*Fix: write note\.html$/) },
      { file: '_posts/2020-01-01-first.md', line: 5, what: '{% include_relative ../x.md %}', why: expect.stringContaining('"." or ".." segment') },
    ])
  })
})

describe('redirects the build will refuse are listed', () => {
  it('redirect_from with ".." and one on a file the site writes itself', () => {
    const { site, root } = setup({ '_posts/2020-01-01-first.md': '---\ntitle: A\nredirect_from: [/old/, ../../x/, /og/old.png]\nredirect_to: /a/../../b/\n---\n' })
    const report = importJekyll(site, root, quiet)
    expect(report.unrenderable.map((u) => u.what)).toEqual(['redirect_from: ../../x/', 'redirect_from: /og/old.png', 'redirect_to: /a/../../b/'])
  })
})

describe('fixed permalinks the build would refuse are dropped and listed, so the site builds', () => {
  it('a root file name and a file the site writes; a pattern is left alone', () => {
    const { site, root } = setup({
      '_posts/2020-01-01-icon.md': '---\ntitle: A\npermalink: /favicon.ico\n---\n',
      '_posts/2020-01-02-og.md': '---\ntitle: B\npermalink: /og/x/\n---\n',
      '_posts/2020-01-03-fine.md': '---\ntitle: C\npermalink: /:year/:title.ico\n---\n',
    })
    const report = importJekyll(site, root, quiet)
    expect(report.posts.map((p) => [p.file, p.degraded])).toEqual([
      ['_posts/2020-01-01-icon.md', [expect.stringContaining("a file name at the site's root")]],
      ['_posts/2020-01-02-og.md', [expect.stringContaining("belongs to the site's /og/ pages")]],
      ['_posts/2020-01-03-fine.md', []],
    ])
    expect(report.check?.problems).toEqual([])
  })
})
