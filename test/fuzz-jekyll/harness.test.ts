import fc from 'fast-check'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { culprits } from './batch'
import { classOf } from './classes'
import { unreadableFiles } from './jekyll-side'
import { measurePost, overwrittenByJekyll } from './measure'
import { reductions } from './shrink'
import { renderSite, site } from './site'

const out = mkdtempSync(join(tmpdir(), 'fuzz-jekyll-measure-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))
const page = (url: string, html: string) => {
  mkdirSync(join(out, url), { recursive: true })
  writeFileSync(join(out, url, 'index.html'), html)
}
const post = { path: '_posts/2020-01-02-fz0p0-a.md', title: 'Alpha: bravo', text: 'one two three four five', redirectFrom: [] }

describe('the shared measure', () => {
  it('finds a post served at its URL with its title and text', () => {
    page('/ok/', '<html><head><title>x</title></head><body><h1>Alpha: bravo</h1><p>one two three four five</p></body></html>')
    expect(measurePost({ ...post, url: '/ok/' }, out)).toEqual({ served: true, faithful: true, problems: [] })
  })
  it('reads percent-escaped URLs as the files they name', () => {
    page("/it's café/", '<h1>Alpha bravo</h1><p>one two three four five</p>')
    expect(measurePost({ ...post, url: "/it's%20caf%C3%A9/" }, out).faithful).toBe(true)
  })
  it('fails a missing page, a lost title, and Liquid left raw outside code', () => {
    expect(measurePost({ ...post, url: '/missing/' }, out).served).toBe(false)
    page('/untitled/', '<p>one two three four five</p>')
    expect(measurePost({ ...post, url: '/untitled/' }, out).problems).toEqual(['title "Alpha: bravo" not on the page'])
    page('/leak/', '<h1>Alpha bravo</h1><p>one two three four five {{ page.title }}</p><pre>{{ ok }}</pre>')
    expect(measurePost({ ...post, url: '/leak/' }, out).faithful).toBe(false)
  })
})

describe('blame and classes', () => {
  it('blames the file a content error names, not the posts that read it', () => {
    const output = '  • "posts/2019-09-09-fz1p1-x.md": UnexpectedMarkdownError: ContentError: _data/fz7d1.yml: field "(file)": cannot be read as YML: Missing closing "quote at line 1'
    expect([...culprits(output).keys()]).toEqual([7])
  })
  it('counts the same reason on other files and values as one class', () => {
    const a = classOf({ site: 1, kind: 'build fails at content', detail: 'posts/2019-fz1p0-x.md: field "date": "2020-03-04 (Wednesday)" is not a date. Fix: write it' })
    const b = classOf({ site: 9, kind: 'build fails at content', detail: 'posts/2021-fz9p3-y.md: field "date": "Jan 5" is not a date. Fix: write it' })
    expect(a).toBe(b)
    expect(a).toBe('build fails at content: date: "…" is not a date')
    const yaml = classOf({ site: 2, kind: 'build fails at content', detail: '_data/fz2d0.yml: field "(file)": cannot be read as YML: Missing closing "quote at line 1, column 23: saffron: "velvet bravo' })
    expect(yaml).toBe('build fails at content: (file): cannot be read as YML: Missing closing "quote')
  })
})

describe('generated sites', () => {
  it('give every post and data file a name holding its site token', () => {
    fc.assert(fc.property(site, (s) => renderSite(s, 'fz42').files.every((f) => f.path.includes('fz42'))))
  })
  it('shrink by one step at a time to smaller sites', () => {
    fc.assert(
      fc.property(site, (s) => {
        const size = (t: typeof s) => t.posts.reduce((n, p) => n + p.entries.length + p.body.length, t.posts.length + t.data.length)
        return reductions(s).every((r) => size(r) <= size(s) && JSON.stringify(r) !== JSON.stringify(s))
      }),
    )
  })
})

describe("Jekyll's own read errors", () => {
  it('names each file Jekyll could not read, and none of a clean log', () => {
    const log = '  Error: could not read file /w/jekyll/_posts/2020-01-02-fz3p0-a.md: no implicit conversion of Integer into Array\n'
    expect(unreadableFiles(log)).toEqual(['/w/jekyll/_posts/2020-01-02-fz3p0-a.md'])
    expect(unreadableFiles('Generating... done in 0.2 seconds.\n')).toEqual([])
  })
})

describe('overwrittenByJekyll', () => {
  const a = { path: '_posts/2020-03-04-a.md', url: '/shared/', title: 'cobalt: a colon saffron', text: 'alpha', redirectFrom: [] }
  const b = { path: '_posts/2020-03-03-b.md', url: '/shared/', title: 'ember  pepper', text: 'alpha', redirectFrom: [] }
  it('names the post whose page Jekyll wrote over with another at the same URL', () => {
    page('/shared/', '<h1>cobalt: a colon saffron</h1>\n<p>alpha</p>')
    expect([...overwrittenByJekyll([a, b], out)]).toEqual([b])
  })
  it('leaves alone posts at URLs of their own, and a shared URL whose page shows neither title', () => {
    page('/alone/', '<h1>ember pepper</h1>')
    expect(overwrittenByJekyll([{ ...b, url: '/alone/' }, a], out).size).toBe(0)
    page('/shared/', '<h1>something else</h1>')
    expect(overwrittenByJekyll([a, b], out).size).toBe(0)
  })
})
