import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempTrees } from '../../test/support/temp-trees'
import { linksInside, listFiles, walkFiles, type WalkOptions } from './walk.mjs'

const tree = tempTrees('walk-')

const rels = (dir: string, options?: WalkOptions) => listFiles(dir, options).map((file) => file.rel)

describe('walkFiles', () => {
  it('yields the regular files, folder by folder in name order, relative with forward slashes', () => {
    const root = tree({ 'b.md': '', 'a/z.md': '', 'a/b/c.md': '', 'a-c.md': '' })
    expect([...walkFiles(root)].map((file) => file.rel)).toEqual(['a/b/c.md', 'a/z.md', 'a-c.md', 'b.md'])
    expect(rels(root)).toEqual(['a-c.md', 'a/b/c.md', 'a/z.md', 'b.md'])
    expect(listFiles(root).find((file) => file.rel === 'a/z.md')?.full).toBe(join(root, 'a', 'z.md'))
  })

  it('yields nothing for a folder that is not there, or a file', () => {
    const root = tree({ 'x.md': '' })
    expect(rels(join(root, 'missing'))).toEqual([])
    expect(rels(join(root, 'x.md'))).toEqual([])
  })

  it('leaves out what `skip` names and the folders `enter` refuses', () => {
    const root = tree({ 'keep/a.md': '', 'node_modules/b.md': '', '_site/c.md': '', 'd.md': '' })
    expect(rels(root, { skip: (entry) => entry.name === 'node_modules', enter: (folder) => !folder.name.startsWith('_') })).toEqual(['d.md', 'keep/a.md'])
  })

  it('follows a link unless the link hook says no, and hands a broken link and a loop to their hooks', () => {
    const root = tree({ 'posts/a.md': '' }, { 'posts/b.md': 'a.md', 'posts/gone.md': 'nowhere.md', 'posts/up': '..' })
    const seen: string[] = []
    const found = rels(root, { broken: (entry) => seen.push(`broken ${entry.rel}`), loop: (entry) => seen.push(`loop ${entry.rel}`) })
    expect(found).toEqual(['posts/a.md', 'posts/b.md'])
    expect(seen).toEqual(['broken posts/gone.md', 'loop posts/up'])
    expect(rels(root, { link: () => false })).toEqual(['posts/a.md'])
  })

  it('lets a hook refuse by throwing', () => {
    const root = tree({ 'a.md': '' }, { 'b.md': 'a.md' })
    expect(() => rels(root, { link: (entry) => { throw new Error(`refused ${entry.rel}`) } })).toThrow('refused b.md')
  })

  it('hands a FIFO to `special` rather than reading it', () => {
    const root = tree({ 'a.md': '' })
    execFileSync('mkfifo', [join(root, 'pipe.md')])
    const special: string[] = []
    expect(rels(root, { special: (entry) => special.push(entry.rel) })).toEqual(['a.md'])
    expect(special).toEqual(['pipe.md'])
  })

  it('follows, under `linksInside`, only the links that stay inside the walked folder', () => {
    const outside = tree({ 'secret.txt': '', 'more/x.txt': '' })
    const root = tree({ 'a/page.html': '' }, { 'copy.html': 'a/page.html', 'inner': 'a', 'out.txt': join(outside, 'secret.txt'), 'away': join(outside, 'more') })
    expect(rels(root, { link: linksInside(root) })).toEqual(['a/page.html', 'copy.html', 'inner/page.html'])
    expect(rels(root)).toContain('out.txt')
  })
})
