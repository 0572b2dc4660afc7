import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { numbered } from './collisions'
import { importJekyll } from './run'

const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Imports a Jekyll site of `files` and returns each post's URL after the import, by its old path. */
function urlsAfterImport(files: Record<string, string>): Record<string, string | undefined> {
  const box = mkdtempSync(join(tmpdir(), 'pressroom-collisions-'))
  dirs.push(box)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(box, 'site', path)), { recursive: true })
    writeFileSync(join(box, 'site', path), text)
  }
  mkdirSync(join(box, 'project'))
  const report = importJekyll(join(box, 'site'), join(box, 'project'), () => undefined)
  expect(report.check?.problems).toEqual([])
  return Object.fromEntries(report.posts.map((post) => [post.file, post.degraded.find((d) => d.includes('served at'))?.replace(/^.*served at /, '') ?? 'kept']))
}

describe('two posts at one URL: the one a reader of the old site saw there keeps it', () => {
  it('the post Jekyll wrote last (the later date) keeps the URL, whatever the order of the files', () => {
    expect(urlsAfterImport({
      '_posts/2020-01-05-b.md': '---\ntitle: B\npermalink: /x/\n---\nB\n',
      'news/_posts/2020-01-02-a.md': '---\ntitle: A\ndate: 2020-03-04\npermalink: /x/\n---\nA\n',
    })).toEqual({ '_posts/2020-01-05-b.md': '/x-2/', 'news/_posts/2020-01-02-a.md': 'kept' })
  })

  it('a published post keeps the URL over an unpublished one, which moves', () => {
    expect(urlsAfterImport({
      // First by file name and last by date, so neither order alone keeps the published post at /x/.
      '_posts/2019-01-01-b.md': '---\ntitle: B\ndate: 2021-01-01\npermalink: /x/\npublished: false\n---\nB\n',
      '_posts/2020-01-02-a.md': '---\ntitle: A\npermalink: /x/\n---\nA\n',
    })).toEqual({ '_posts/2019-01-01-b.md': '/x-2/', '_posts/2020-01-02-a.md': 'kept' })
  })

  it('URLs that differ in a slash against a dash (/x/y/ and /x-y/) are two, as Jekyll serves both', () => {
    expect(urlsAfterImport({
      '_posts/2020-01-02-a.md': '---\ntitle: A\npermalink: /x/y/\n---\nA\n',
      '_posts/2020-01-03-b.md': '---\ntitle: B\npermalink: /x-y/\n---\nB\n',
    })).toEqual({ '_posts/2020-01-02-a.md': 'kept', '_posts/2020-01-03-b.md': 'kept' })
  })

  it('URLs that differ only in a trailing slash (/x/ and /x) count as one', () => {
    expect(urlsAfterImport({
      '_posts/2020-01-02-a.md': '---\ntitle: A\npermalink: /x/\n---\nA\n',
      '_posts/2020-01-03-b.md': '---\ntitle: B\npermalink: /x\n---\nB\n',
    })).toEqual({ '_posts/2020-01-02-a.md': '/x-2/', '_posts/2020-01-03-b.md': 'kept' })
  })

  it('posts at URLs of their own are left alone', () => {
    expect(urlsAfterImport({ '_posts/2020-01-02-a.md': '---\ntitle: A\n---\nA\n', '_posts/2020-01-03-b.md': '---\ntitle: B\n---\nB\n' })).toEqual({ '_posts/2020-01-02-a.md': 'kept', '_posts/2020-01-03-b.md': 'kept' })
  })
})

describe('numbered', () => {
  it('puts the number before the trailing slash or the extension', () => {
    expect([numbered('/x/', 2), numbered('/a/x.html', 3), numbered('/x', 2)]).toEqual(['/x-2/', '/a/x-3.html', '/x-2'])
  })
})
