import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempTrees } from '../../test/support/temp-trees'
import { assetRefs } from './assets'
import { siteJsonFromConfig } from './config'
import { embedOrigins } from './embeds'
import { siteKeys } from './front-matter-keys'
import { unknownTags } from './liquid-tags'
import { importJekyll } from './run'

const tree = tempTrees('pressroom-import-')

describe('siteJsonFromConfig', () => {
  it('takes the posts collection permalink over the global one, and Jekyll defaults where silent', () => {
    const json = siteJsonFromConfig('permalink: pretty\ncollections:\n  posts:\n    permalink: /news/:year/:title/\nfoo: bar\n')
    expect(json).toMatchObject({ permalink: '/news/:year/:title/', timezone: 'UTC', future: false, extra: { foo: 'bar' } })
    expect(siteJsonFromConfig('title: x\n')).toMatchObject({ permalink: 'date' })
  })
  it('keeps only defaults that can reach posts', () => {
    const json = siteJsonFromConfig('defaults:\n  - scope: {path: "", type: pages}\n    values: {layout: page}\n  - scope: {path: _posts}\n    values: {layout: post}\n')
    expect(json.defaults).toEqual([{ scope: { path: '_posts' }, values: { layout: 'post' } }])
  })
})

describe('scans of post bodies', () => {
  it('finds tags no renderer knows, with their lines, outside raw', () => {
    expect(unknownTags('a\n{% highlight ruby %}\n{% mytag x %}\n{% raw %}{% other %}{% endraw %}')).toEqual([{ tag: 'mytag', line: 3 }])
  })
  it('finds embed origins from iframes, scripts and embed tags', () => {
    expect(embedOrigins('<iframe src="https://www.youtube.com/embed/x"></iframe>{% gist abc %}<script src="//cdn.example.org/a.js"></script>')).toEqual(['https://cdn.example.org', 'https://gist.github.com', 'https://www.youtube.com'])
    expect(embedOrigins('no embeds')).toEqual([])
  })
  it('finds referenced site files, not pages or other hosts', () => {
    const refs = assetRefs('![a]({{ site.baseurl }}/images/a.png)\n<img src="/img/b%20c.jpg">\n[page](/about/) [x](https://x.org/y.png) [p](/2016/x.html)')
    expect(refs).toEqual([{ path: '/images/a.png', line: 1 }, { path: '/img/b c.jpg', line: 2 }])
  })
  it('declares the keys that are neither Jekyll’s nor Pressroom’s, with their types', () => {
    expect(siteKeys([{ title: 'x', version: '1.0', hide: true }, { version: 2 }])).toEqual({ hide: 'boolean', version: 'any' })
  })
})

describe('importJekyll', () => {
  const source = tree({
    '_config.yml': 'title: Old blog\ntimezone: Europe/London\n',
    '_posts/2020-01-01-first.md': '---\ntitle: First\nversion: "1.0"\n---\n![x](/images/x.png) ![y](/images/gone.png)\n{% weird thing %}\n',
    '_posts/YYYY-MM-DD-template.md': '---\n---\n',
    'engineering/_posts/2020-02-02-second.md': '---\n---\nHi\n{% include note.html text="x" %}\n{% include theme-share.html %}\n',
    '_includes/note.html': '<aside>{{ include.text }}</aside>',
    '_data/team.yml': 'a: 1\n',
    '_authors/jane.md': '---\nname: Jane Doe\ntwitter: jane\nportrait: /images/jane.jpg\n---\nWrites things.\n',
    'images/x.png': 'PNG',
    'images/jane.jpg': 'JPG',
  })
  const quiet = () => undefined

  it('copies posts, includes, data and assets byte for byte, and reports what needs attention', () => {
    const root = tree({ 'content/posts/2019-01-01-mine.md': '---\ntitle: Mine\n---\n' })
    const report = importJekyll(source, root, quiet)
    expect(readFileSync(join(root, 'content/posts/2020-01-01-first.md'), 'utf8')).toBe(readFileSync(join(source, '_posts/2020-01-01-first.md'), 'utf8'))
    expect(readFileSync(join(root, 'content/posts/engineering/_posts/2020-02-02-second.md'), 'utf8')).toBe(readFileSync(join(source, 'engineering/_posts/2020-02-02-second.md'), 'utf8'))
    expect(readFileSync(join(root, 'content/_includes/note.html'), 'utf8')).toBe('<aside>{{ include.text }}</aside>')
    expect(readFileSync(join(root, 'content/_data/team.yml'), 'utf8')).toBe('a: 1\n')
    expect(readFileSync(join(root, 'public/images/x.png'), 'utf8')).toBe('PNG')
    expect(readFileSync(join(root, 'public/images/jane.jpg'), 'utf8')).toBe('JPG')
    expect(readFileSync(join(root, 'content/posts/2019-01-01-mine.md'), 'utf8')).toBe('---\ntitle: Mine\n---\n')
    expect(readFileSync(join(root, 'content/authors/jane.yml'), 'utf8')).toContain('"Jane Doe"')
    const site: unknown = JSON.parse(readFileSync(join(root, 'content/site.json'), 'utf8'))
    expect(site).toMatchObject({ title: 'Old blog', timezone: 'Europe/London', frontMatterKeys: { version: 'string' } })
    expect(report.posts.map((p) => p.file)).toEqual(['_posts/2020-01-01-first.md', 'engineering/_posts/2020-02-02-second.md'])
    expect(report.skipped.map((s) => s.file)).toEqual(['_posts/YYYY-MM-DD-template.md'])
    expect(report.unrenderable).toEqual([
      expect.objectContaining({ file: '_posts/2020-01-01-first.md', line: 6, what: '{% weird %}' }),
      expect.objectContaining({ file: 'engineering/_posts/2020-02-02-second.md', line: 5, what: '{% include theme-share.html %}' }),
    ])
    expect(report.missingAssets).toEqual([{ path: '/images/gone.png', where: '_posts/2020-01-01-first.md:5' }])
    expect(readFileSync(join(root, 'content/import-report.md'), 'utf8')).toContain('/images/gone.png')
  })

  it('gives the same result when run twice', () => {
    const root = tree({})
    importJekyll(source, root, quiet)
    const first = readFileSync(join(root, 'content/site.json'), 'utf8')
    const again = importJekyll(source, root, quiet)
    expect(again.conflicts).toEqual([])
    expect(again.written).toBe(0)
    expect(readFileSync(join(root, 'content/site.json'), 'utf8')).toBe(first)
  })

  it('refuses to overwrite a different file of the same name, naming it, and writes nothing', () => {
    const root = tree({ 'content/posts/2020-01-01-first.md': 'mine\n' })
    const report = importJekyll(source, root, quiet)
    expect(report.conflicts).toEqual(['content/posts/2020-01-01-first.md'])
    expect(readFileSync(join(root, 'content/posts/2020-01-01-first.md'), 'utf8')).toBe('mine\n')
    expect(() => readFileSync(join(root, 'content/site.json'))).toThrow()
  })
})
