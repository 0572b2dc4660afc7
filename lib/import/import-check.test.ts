import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempTrees } from '../../test/support/temp-trees'
import { importJekyll } from './run'

const tree = tempTrees('pressroom-import-')
const quiet = () => undefined
const now = new Date('2030-01-01T00:00:00Z')

describe('importJekyll: posts as Jekyll’s post reader takes them', () => {
  const source = tree({
    '_config.yml': 'title: Multilingual\n',
    'en/news/_posts/2020-01-01-launch.md': "---\ntitle: Launch\n---\nSee {% link fr/news/_posts/2020-01-01-l'envol!.md %}\n",
    "fr/news/_posts/2020-01-01-l'envol!.md": '---\ndate: 2020-01-01 09:00 (heure de Paris)\n---\nBonjour\n',
    '_posts/sub/2020-02-02-notes.text': 'Plain text\n',
    '_posts/2020-03-03-data.yml': 'a: 1\n',
    '_posts/#2020-03-04-hidden.md': '---\n---\n',
    '_posts/2020-03-05-latin1.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]),
  })
  const root = tree({})
  const report = importJekyll(source, root, quiet, now)

  it('reads <dir>/_posts/ and _posts/<sub>/, any extension, and skips what Jekyll skips, saying why', () => {
    expect(report.posts.map((p) => p.file)).toEqual(['_posts/sub/2020-02-02-notes.text', 'en/news/_posts/2020-01-01-launch.md', "fr/news/_posts/2020-01-01-l'envol!.md"])
    expect(report.skipped.map((s) => [s.file, s.reason])).toEqual([
      ['_posts/#2020-03-04-hidden.md', expect.stringMatching(/Jekyll skips/)],
      ['_posts/2020-03-03-data.yml', expect.stringMatching(/reads as data/)],
      ['_posts/2020-03-05-latin1.md', 'not valid UTF-8, which Jekyll skips'],
    ])
  })
  it('renames what the build refuses, keeps Jekyll’s URL, and points links at the new name', () => {
    const renamed = readFileSync(join(root, 'content/posts/fr/news/_posts/2020-01-01-l-envol!.md'), 'utf8')
    expect(renamed).toContain(`permalink: "/fr/news/2020/01/01/l'envol!.html"`)
    expect(renamed).toContain('date: "2020-01-01 09:00:00 +0000"')
    expect(readFileSync(join(root, 'content/posts/en/news/_posts/2020-01-01-launch.md'), 'utf8')).toContain('{% link fr/news/_posts/2020-01-01-l-envol!.md %}')
  })
  it('ends with the content check, and lists what it changed in each file', () => {
    expect(report.check).toEqual({ found: 3, served: 3, problems: [] })
    const written = readFileSync(join(root, 'content/import-report.md'), 'utf8')
    expect(written).toContain('Content check: 3 posts found, 3 will be served, 0 problems')
    expect(written).toMatch(/`fr\/news\/_posts\/2020-01-01-l'envol!\.md`: renamed/)
    expect(written).toMatch(/`_posts\/sub\/2020-02-02-notes\.text`: a \.text post/)
  })
})

describe('importJekyll: published, show_drafts and unpublished as Jekyll applies them', () => {
  const files = {
    '_posts/2020-01-01-hidden.md': '---\npublished: false\n---\nHidden\n',
    '_posts/2020-01-02-shown.md': '---\npublished: "false"\n---\nA string is true to Ruby\n',
    '_drafts/idea.md': '---\ntitle: Idea\n---\nDraft\n',
  }
  it('keeps published: false and drafts unpublished by default, and publishes a published: "false" string as Jekyll does', () => {
    const report = importJekyll(tree({ ...files, '_config.yml': 'title: x\n' }), tree({}), quiet, now)
    expect(report.check).toEqual({ found: 3, served: 1, problems: [] })
  })
  it('publishes them all under show_drafts and unpublished, saying so', () => {
    const root = tree({})
    const report = importJekyll(tree({ ...files, '_config.yml': 'show_drafts: true\nunpublished: true\n' }), root, quiet, now)
    expect(report.check).toEqual({ found: 3, served: 3, problems: [] })
    expect(report.posts.find((p) => p.file === '_drafts/idea.md')?.changes[0]).toMatch(/show_drafts: true publishes/)
    expect(readFileSync(join(root, 'content/posts/2020-01-01-hidden.md'), 'utf8')).toBe('---\n---\nHidden\n')
  })
})

describe('importJekyll: two posts at one URL', () => {
  it('keeps the one Jekyll wrote last (the later post) at the URL and serves the other beside it, saying so', () => {
    const source = tree({
      '_config.yml': 'permalink: /:title/\n',
      'a/_posts/2020-01-01-same.md': '---\n---\nOne\n',
      'b/_posts/2021-01-01-Same.md': '---\n---\nTwo\n',
    })
    const report = importJekyll(source, tree({}), quiet, now)
    expect(report.check).toEqual({ found: 2, served: 2, problems: [] })
    expect(report.posts.map((post) => post.degraded)).toEqual([["URL /same/ is another post's too (Jekyll writes one over the other): served at /same-2/"], []])
  })
})

describe('importJekyll: _data', () => {
  it('copies data Ruby reads as Ruby reads it, and leaves out, listed, a file the build could not read', () => {
    const source = tree({
      '_posts/2020-01-01-a.md': '---\n---\n',
      '_data/people.yml': 'people:\n  - name: "Ana\nB"\n',
      '_data/broken.json': '{nope',
    })
    const root = tree({})
    const report = importJekyll(source, root, quiet, now)
    expect(readFileSync(join(root, 'content/_data/people.yml'), 'utf8')).toBe('people:\n  - name: "Ana\nB"\n')
    expect(report.skipped).toEqual([{ file: '_data/broken.json', reason: expect.stringMatching(/^not copied, so site.data lacks it: cannot be read as JSON/) }])
    expect(report.check?.problems).toEqual([])
  })
})

describe('importJekyll: dates in file names as Ruby reads them', () => {
  it('publishes a day past the end of its month as Jekyll does (2020-02-30 is 1 March), and skips a date Ruby refuses', () => {
    const source = tree({ '_posts/2020-02-30-leap.md': '---\n---\n', '_posts/2020-02-32-never.md': '---\n---\n' })
    const root = tree({})
    const report = importJekyll(source, root, quiet, now)
    expect(readFileSync(join(root, 'content/posts/2020-03-01-leap.md'), 'utf8')).toBe('---\n---\n')
    expect(report.posts[0]?.changes).toEqual(['renamed with the date Jekyll gives it: 2020-02-30 is 2020-03-01 to Ruby'])
    expect(report.skipped.map((s) => s.file)).toEqual(['_posts/2020-02-32-never.md'])
    expect(report.check).toEqual({ found: 1, served: 1, problems: [] })
  })
})

describe('importJekyll: settings', () => {
  it('reads a time zone the database does not know as UTC, as Ruby does, and says so', () => {
    const root = tree({})
    const report = importJekyll(tree({ '_config.yml': 'timezone: Europe/Londn\n', '_posts/2020-01-01-a.md': '---\n---\n' }), root, quiet, now)
    expect(report.settings).toEqual(['timezone "Europe/Londn" is no zone the time-zone database knows: UTC, as Ruby reads it'])
    expect(JSON.parse(readFileSync(join(root, 'content/site.json'), 'utf8'))).toMatchObject({ timezone: 'UTC' })
    expect(report.check).toEqual({ found: 1, served: 1, problems: [] })
  })
  it('keeps a zone it knows', () => {
    const report = importJekyll(tree({ '_config.yml': 'timezone: Europe/London\n' }), tree({}), quiet, now)
    expect(report.settings).toEqual([])
  })
})

describe('importJekyll: names differing only in letter case', () => {
  it('renames the second (one file on most systems) and keeps both posts, each at its own URL', () => {
    const source = tree({ '_posts/2020-01-01-Foo.md': '---\n---\nOne\n', '_posts/2020-01-01-foo.md': '---\n---\nTwo\n' })
    const report = importJekyll(source, tree({}), quiet, now)
    expect(report.check).toEqual({ found: 2, served: 2, problems: [] })
    expect(report.posts[1]?.changes[0]).toBe('renamed 2020-01-01-foo.md → 2020-01-01-foo-2.md (another post has this name but for letter case)')
  })
})
