import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { namedBy, readableInside, relativeSegments, siteUrlPath, urlSegments, writableInside } from './safe-path'

const scratch = mkdtempSync(join(tmpdir(), 'pressroom-safe-path-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('site-absolute URLs (redirects, permalinks, avatars, assets)', () => {
  it('keeps the normal case: /old/, old/, /images/x.png', () => {
    expect(siteUrlPath('/old/')).toBe('/old/')
    expect(siteUrlPath('old/')).toBe('/old/')
    expect(siteUrlPath('/images/x.png')).toBe('/images/x.png')
    expect(siteUrlPath('/a//b/?q=1#top')).toBe('/a/b/')
    expect(urlSegments('/2016/06/x.html')).toEqual(['2016', '06', 'x.html'])
  })

  it('refuses ".." and "." segments, escaped or not', () => {
    for (const url of ['/../../etc/x/', '../x', '/a/./b/', '/%2e%2e/%2E%2E/x/', '/a/..']) {
      expect(() => urlSegments(url), url).toThrow(/"\." or "\.\." segment/)
    }
  })

  it('refuses escaped separators, backslashes, NUL and other sites', () => {
    expect(() => urlSegments('/a%2f..%2fb/')).toThrow(/escaped separator/)
    expect(() => urlSegments('/a\\..\\b/')).toThrow(/holds "\\\\"/)
    expect(() => urlSegments('/a\u0000b/')).toThrow(/holds/)
    expect(() => urlSegments('https://evil.example/x')).toThrow(/another site/)
    expect(() => urlSegments('//evil.example/x')).toThrow(/another site/)
    expect(() => urlSegments('')).toThrow(/is empty/)
  })
})

describe('paths relative to a folder (includes, include_relative, data keys, author ids)', () => {
  it('keeps a name and a sub-folder', () => {
    expect(relativeSegments('note.html')).toEqual(['note.html'])
    expect(relativeSegments('parts/badge.html')).toEqual(['parts', 'badge.html'])
  })

  it('refuses "..", file-system absolute paths and drives', () => {
    expect(() => relativeSegments('../secret')).toThrow(/"\.\." segment/)
    expect(() => relativeSegments('/etc/passwd')).toThrow(/absolute path on the machine/)
    expect(() => relativeSegments('C:\\Windows\\x')).toThrow(/absolute path/)
    expect(() => relativeSegments('a\\..\\..\\b')).toThrow(/holds/)
  })
})

describe('on disk: links may not lead out of the content folder', () => {
  const content = join(scratch, 'content')
  const outside = join(scratch, 'secret.txt')
  mkdirSync(join(content, '_includes'), { recursive: true })
  mkdirSync(join(content, '_data'), { recursive: true })
  writeFileSync(outside, 'secret')
  writeFileSync(join(content, '_data', 'shared.html'), 'shared')
  symlinkSync(outside, join(content, '_includes', 'leak.html'))
  symlinkSync(join(content, '_data', 'shared.html'), join(content, '_includes', 'shared.html'))
  symlinkSync(scratch, join(content, '_includes', 'up'))
  const includes = join(content, '_includes')

  it('reads a link that stays inside the content folder', () => {
    expect(readableInside(includes, ['shared.html'], content)).toBe(join(includes, 'shared.html'))
  })

  it('refuses by name a link, or a linked folder, that leaves it', () => {
    expect(() => readableInside(includes, ['leak.html'], content)).toThrow(/"leak\.html" is a symbolic link .* outside the content folder/)
    expect(() => readableInside(includes, ['up', 'secret.txt'], content)).toThrow(/"up\/secret\.txt" is a symbolic link/)
  })

  it('writes only below the root, never through a link or onto one', () => {
    const out = join(scratch, 'out')
    mkdirSync(out)
    symlinkSync(scratch, join(out, 'escape'))
    symlinkSync(outside, join(out, 'file.html'))
    expect(writableInside(out, ['old', 'index.html'])).toBe(join(out, 'old', 'index.html'))
    expect(() => writableInside(out, ['escape', 'index.html'])).toThrow(/through a symbolic link/)
    expect(() => writableInside(out, ['file.html'])).toThrow(/is a symbolic link/)
    expect(() => writableInside(out, [])).toThrow(/names no file/)
  })

  it('names file, field and fix in one line', () => {
    expect(() => namedBy('posts/2020-01-01-x.md', 'redirect_from', () => siteUrlPath('/../../x/'))).toThrow(
      /^posts\/2020-01-01-x\.md: field "redirect_from": "\/\.\.\/\.\.\/x\/" has a "\." or "\.\." segment, which could lead outside its folder\. Fix: write a path from the site root/,
    )
  })
})
