import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listFiles } from '../files/walk.mjs'
import { afterAll, describe, expect, it } from 'vitest'
import { prepareContent, preparePostFile } from './prepare-dir'

// Posts that a listing of regular files drops without a word: each is built or refused by name.
const scratch = mkdtempSync(join(tmpdir(), 'pressroom-lost-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const post = (title: string) => `---\ntitle: ${title}\n---\nText.\n`
let n = 0

function project(setup: (content: string) => void): string {
  const root = join(scratch, `p${n++}`)
  mkdirSync(join(root, 'content', 'posts'), { recursive: true })
  mkdirSync(join(root, 'content', 'archive'))
  writeFileSync(join(root, 'content', 'posts', '2020-01-01-plain.md'), post('Plain'))
  setup(join(root, 'content'))
  return root
}

const prepared = (root: string) => listFiles(join(root, '.content', 'posts')).map((file) => file.rel).filter((name) => name.endsWith('.md'))

describe('posts that used to vanish', () => {
  it('a post that is a symbolic link to a file of the content folder is built', () => {
    const root = project((content) => {
      writeFileSync(join(content, 'archive', 'kept.md'), post('Kept'))
      symlinkSync(join(content, 'archive', 'kept.md'), join(content, 'posts', '2020-01-02-linked.md'))
    })
    expect(prepareContent(root, new Date()).posts).toBe(2)
    expect(prepared(root)).toEqual(['2020-01-01-plain.md', '2020-01-02-linked.md'])
  })

  it('a post in a linked folder inside the content folder is built', () => {
    const root = project((content) => {
      writeFileSync(join(content, 'archive', '2019-05-05-old.md'), post('Old'))
      symlinkSync(join(content, 'archive'), join(content, 'posts', 'old'))
    })
    expect(prepared((prepareContent(root, new Date()), root))).toEqual(['2020-01-01-plain.md', 'old/2019-05-05-old.md'])
  })

  it('a post linked from outside the content folder is refused by name, not read', () => {
    const outside = join(scratch, 'outside.md')
    writeFileSync(outside, post('Outside'))
    const root = project((content) => symlinkSync(outside, join(content, 'posts', '2020-01-03-outside.md')))
    expect(() => prepareContent(root, new Date())).toThrow(/^posts\/2020-01-03-outside\.md: field "\(file\)": "2020-01-03-outside\.md" is a symbolic link .* outside the content folder\. Fix: copy the file/)
    // The dev loop's one-file step applies the same rule.
    expect(() => preparePostFile(root, 'posts/2020-01-03-outside.md', new Date())).toThrow(/posts\/2020-01-03-outside\.md: field "\(file\)".*outside the content folder/)
  })

  it('a broken link and a link loop are named', () => {
    const broken = project((content) => symlinkSync(join(content, 'nothing.md'), join(content, 'posts', '2020-01-04-gone.md')))
    expect(() => prepareContent(broken, new Date())).toThrow(/posts\/2020-01-04-gone\.md/)
    const loop = project((content) => symlinkSync(join(content, 'posts'), join(content, 'posts', 'again')))
    expect(() => prepareContent(loop, new Date())).toThrow(/posts\/again: field "\(file\)": is a symbolic link to a folder already listed/)
  })

  it('a folder named like a post is refused by name', () => {
    const root = project((content) => mkdirSync(join(content, 'posts', '2020-01-05-folder.md')))
    expect(() => prepareContent(root, new Date())).toThrow(/^posts\/2020-01-05-folder\.md: field "\(file\)": is a folder named like a post/)
  })

  it('a FIFO named like a post is refused by name, never opened (reading it would hang)', () => {
    const root = project((content) => execFileSync('mkfifo', [join(content, 'posts', '2020-01-06-pipe.md')]))
    expect(() => prepareContent(root, new Date())).toThrow(/^posts\/2020-01-06-pipe\.md: field "\(file\)": is a named pipe \(FIFO\), not a file/)
  })
})
