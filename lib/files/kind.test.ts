import { execFileSync } from 'node:child_process'
import { lstatSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempTrees } from '../../test/support/temp-trees'
import { isFile, isFolder, specialKind } from './kind.mjs'

const tree = tempTrees('kind-')

describe('isFile and isFolder', () => {
  it('say what a path is, through links, and false for what is not there', () => {
    const root = tree({ 'a/x.md': '' }, { 'link.md': 'a/x.md', 'gone.md': 'nowhere' })
    expect([isFile(join(root, 'a/x.md')), isFile(join(root, 'link.md')), isFile(join(root, 'a'))]).toEqual([true, true, false])
    expect([isFolder(join(root, 'a')), isFolder(join(root, 'a/x.md'))]).toEqual([true, false])
    expect([isFile(join(root, 'gone.md')), isFolder(join(root, 'missing'))]).toEqual([false, false])
  })
})

describe('specialKind', () => {
  it('names a FIFO, and a file that is none of the special kinds plainly', () => {
    const root = tree({ 'x.md': '' })
    execFileSync('mkfifo', [join(root, 'pipe')])
    expect(specialKind(lstatSync(join(root, 'pipe')))).toBe('named pipe (FIFO)')
    expect(specialKind(statSync(join(root, 'x.md')))).toBe('special file')
  })
})
