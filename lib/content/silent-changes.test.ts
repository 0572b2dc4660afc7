import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { contentText } from './files'
import { siteConfigFrom } from '../site'
import { parseSiteJson } from '../site/json'
import { preparePost } from './prepare'
import { prepareContent } from './prepare-dir'
import { tagMergeWarnings } from './tag-merges'

// Changes the build used to make without a word: each now warns naming the file, or stops the build.
const scratch = mkdtempSync(join(tmpdir(), 'pressroom-silent-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const site = siteConfigFrom({})

describe('bytes a post cannot hold as text', () => {
  it('invalid UTF-8 is named with its line, as is a NUL', () => {
    expect(contentText(Buffer.from('---\ntitle: x\n---\nok\nbad \xff\xfe here\n', 'latin1'), 'posts/x.md').warning).toBe('warning: posts/x.md: holds bytes that are not UTF-8 (first on line 5), shown as "\uFFFD". Fix: save the file as UTF-8')
    expect(contentText(Buffer.from('a\nb\u0000c\n'), 'posts/x.md').warning).toBe('warning: posts/x.md: holds a NUL character on line 2. Fix: remove it')
    expect(contentText(Buffer.from('plain ünïcode\n'), 'posts/x.md').warning).toBeUndefined()
  })

  it('the content step prints them for posts, pages and authors', () => {
    const root = join(scratch, 'bytes')
    mkdirSync(join(root, 'content', 'posts'), { recursive: true })
    mkdirSync(join(root, 'content', 'pages'))
    writeFileSync(join(root, 'content', 'posts', '2020-01-01-x.md'), Buffer.concat([Buffer.from('---\ntitle: X\n---\n'), Buffer.from([0xc3, 0x28])]))
    writeFileSync(join(root, 'content', 'pages', 'about.md'), '---\ntitle: About\n---\nA\u0000B\n')
    expect(prepareContent(root, new Date()).warnings).toEqual([
      expect.stringMatching(/^warning: posts\/2020-01-01-x\.md: holds bytes that are not UTF-8/),
      expect.stringMatching(/^warning: pages\/about\.md: holds a NUL character on line 4/),
    ])
  })
})

describe('front matter', () => {
  it('a __proto__ key is refused as unknown, not dropped', () => {
    const prepare = () => preparePost({ file: 'posts/2020-01-01-x.md', source: '---\ntitle: X\n__proto__:\n  draft: true\n---\nText.\n', site, now: new Date() })
    expect(prepare).toThrow('posts/2020-01-01-x.md: field "__proto__": "__proto__" is not a front-matter key Pressroom knows. Fix: remove "__proto__" from the front matter')
  })
})

describe('tags that share one page', () => {
  it('a/b and a..b, a b and a-b: one warning each, naming a post of each spelling', () => {
    const warnings = tagMergeWarnings([
      { source: 'posts/one.md', tags: ['a/b', 'x y', 'Docker'] },
      { source: 'posts/two.md', tags: ['a..b', 'x-y', 'docker'] },
    ])
    expect(warnings).toEqual([
      'warning: tags "a/b" (posts/one.md) and "a..b" (posts/two.md) share one page, /tags/ab/. Fix: spell the tag one way in every post',
      'warning: tags "x y" (posts/one.md) and "x-y" (posts/two.md) share one page, /tags/x-y/. Fix: spell the tag one way in every post',
    ])
  })
})

describe('content/site.json', () => {
  it('an unknown key is an error naming it, as in front matter', () => {
    expect(() => parseSiteJson('{ "title": "x", "tittle": "y" }')).toThrow('content/site.json: field "tittle": "tittle" is not a setting Pressroom knows. Fix: remove it or correct its spelling')
    expect(() => parseSiteJson('{ "__proto__": { "math": true } }')).toThrow(/field "__proto__"/)
  })

  it('trustedHtml and strictHtml are read, and checked', () => {
    expect(siteConfigFrom(parseSiteJson('{ "trustedHtml": true, "strictHtml": true }'))).toMatchObject({ trustedHtml: true, strictHtml: true })
    expect(siteConfigFrom(parseSiteJson('{}'))).toMatchObject({ trustedHtml: false, strictHtml: false })
    expect(() => parseSiteJson('{ "strictHtml": "yes" }')).toThrow('content/site.json: field "strictHtml": expected true or false')
  })
})
