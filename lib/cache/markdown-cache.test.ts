import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import type { MarkdownOptions } from '../markdown/pipeline'
import { keepable, localImages, openMarkdownCache, optionsKey } from './markdown-cache'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

function project() {
  const root = mkdtempSync(join(tmpdir(), 'markdown-cache-'))
  folders.push(root)
  mkdirSync(join(root, 'public', 'img'), { recursive: true })
  const options: MarkdownOptions = { variables: { title: 'Blog' }, siteUrl: 'https://blog.example.com', publicDir: join(root, 'public') }
  const open = (over: Partial<MarkdownOptions> = {}, version = 'v1') => openMarkdownCache(join(root, 'cache', 'markdown'), { options: { ...options, ...over }, root, version })
  return { root, open }
}

describe('the Markdown cache', () => {
  test('gives back what a build kept, for the same path, source, options and engine only', () => {
    const { open } = project()
    open().keep('posts/a.md', '# A', '<h1>A</h1>')
    expect(open().get('posts/a.md', '# A')).toEqual({ html: '<h1>A</h1>', warnings: [] })
    expect(open().get('posts/a.md', '# A, edited')).toBeUndefined()
    expect(open().get('posts/b.md', '# A')).toBeUndefined()
    expect(open({ siteUrl: 'https://other.example.com' }).get('posts/a.md', '# A')).toBeUndefined()
    expect(open({}, 'v2').get('posts/a.md', '# A')).toBeUndefined()
  })

  test('keeps the warnings a rendering wrote, to be said again', () => {
    const { open } = project()
    open().keep('posts/a.md', '<script>x</script>', '', ['warning: posts/a.md: removed from the post\'s HTML: inline <script>\n'])
    expect(open().get('posts/a.md', '<script>x</script>')?.warnings).toEqual(['warning: posts/a.md: removed from the post\'s HTML: inline <script>\n'])
  })

  test('never keeps a document whose Liquid reads more than itself and the settings', () => {
    const { open } = project()
    open().keep('posts/a.md', 'Built {{ site.time }}', '<p>Built today</p>')
    expect(open().get('posts/a.md', 'Built {{ site.time }}')).toBeUndefined()
    open().keep('posts/b.md', '![]({{ site.baseurl }}/a.png)', '<img src="/a.png">')
    expect(open().get('posts/b.md', '![]({{ site.baseurl }}/a.png)')?.html).toBe('<img src="/a.png">')
    expect(keepable('{% include note.html %}')).toBe(false)
    expect(keepable('{% note %}x{% endnote %}', { liquidTags: { note: 'note.html' } })).toBe(false)
    expect(keepable('Plain *words*')).toBe(true)
  })

  test('renders again when an image whose size the HTML holds has changed, appeared or gone', () => {
    const { root, open } = project()
    const image = join(root, 'public', 'img', 'a b.png')
    writeFileSync(image, 'first')
    const html = '<p><img src="/img/a%20b.png" width="1" height="1"></p>'
    open().keep('posts/a.md', '![](/img/a%20b.png)', html)
    expect(open().get('posts/a.md', '![](/img/a%20b.png)')?.html).toBe(html)
    writeFileSync(image, 'second')
    expect(open().get('posts/a.md', '![](/img/a%20b.png)')).toBeUndefined()
    open().keep('posts/b.md', '![](/img/missing.png)', '<img src="/img/missing.png">')
    writeFileSync(join(root, 'public', 'img', 'missing.png'), 'now here')
    expect(open().get('posts/b.md', '![](/img/missing.png)')).toBeUndefined()
  })

  test('finds local images only, and keys folders relative to the project', () => {
    expect(localImages('<img alt="" src="/a.png?x=1"><img src="https://cdn.example.com/b.png"><img src="//cdn/c.png">')).toEqual(['/a.png'])
    const options: MarkdownOptions = { variables: {}, siteUrl: 'https://x.example.com', publicDir: '/work/site/public' }
    expect(optionsKey(options, '/work/site')).toBe(optionsKey({ ...options, publicDir: '/elsewhere/public' }, '/elsewhere'))
    expect(optionsKey(options, '/work/site')).not.toBe(optionsKey({ ...options, publicDir: '/work/site/static' }, '/work/site'))
  })
})
