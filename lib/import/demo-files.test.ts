import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { removeDemoFiles } from './demo-files'

const SEED = 'posts/2016-06-20-container-days-in-boston.md'
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'demo-files-'))
  dirs.push(dir)
  mkdirSync(join(dir, 'posts'), { recursive: true })
  // The fixture site holds the seed post byte for byte as the demo ships it.
  copyFileSync(join('test/site', SEED), join(dir, SEED))
  return dir
}

describe('removeDemoFiles', () => {
  it('removes a demo file still as shipped, and the folder it leaves empty', () => {
    const dir = site()
    expect(removeDemoFiles(dir)).toEqual([SEED])
    expect(existsSync(join(dir, 'posts'))).toBe(false)
  })

  it('never removes a demo file the team edited, nor any file it did not ship', () => {
    const dir = site()
    writeFileSync(join(dir, SEED), `${readFileSync(join(dir, SEED), 'utf8')}\nOur own note.\n`)
    writeFileSync(join(dir, 'posts', '2026-01-01-ours.md'), '---\ntitle: Ours\n---\n')
    writeFileSync(join(dir, 'site.json'), '{ "title": "Ours" }\n')
    expect(removeDemoFiles(dir)).toEqual([])
    expect(existsSync(join(dir, SEED))).toBe(true)
    expect(existsSync(join(dir, 'site.json'))).toBe(true)
  })
})
