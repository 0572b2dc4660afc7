import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { chromiumPath } from './chromium.mjs'

const root = mkdtempSync(join(tmpdir(), 'pressroom-chromium-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A folder holding the named files, executable unless `mode` says otherwise. */
function folder(name: string, files: string[], mode = 0o755): string {
  const dir = join(root, name)
  mkdirSync(dir, { recursive: true })
  for (const file of files) {
    writeFileSync(join(dir, file), '#!/bin/sh\n')
    chmodSync(join(dir, file), mode)
  }
  return dir
}

describe('chromiumPath', () => {
  const debian = folder('debian', ['chromium'])
  const google = folder('google', ['google-chrome'])
  const empty = folder('empty', [])
  const notExecutable = folder('plain', ['chromium'], 0o644)

  it('takes CHROMIUM_PATH when it is an executable file', () => {
    expect(chromiumPath({ CHROMIUM_PATH: join(google, 'google-chrome'), PATH: debian })).toBe(join(google, 'google-chrome'))
  })

  it('looks a bare CHROMIUM_PATH name up on PATH', () => {
    expect(chromiumPath({ CHROMIUM_PATH: 'google-chrome', PATH: [empty, google].join(delimiter) })).toBe(join(google, 'google-chrome'))
  })

  it('finds chromium on PATH, then the other names, skipping files that cannot run', () => {
    expect(chromiumPath({ PATH: [notExecutable, empty, debian].join(delimiter) })).toBe(join(debian, 'chromium'))
    expect(chromiumPath({ PATH: [empty, google].join(delimiter) })).toBe(join(google, 'google-chrome'))
  })

  it('names CHROMIUM_PATH and the fix when the path it gives does not exist, without falling back to PATH', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nonexistent/chromium', PATH: debian })).toThrow(/CHROMIUM_PATH is "\/nonexistent\/chromium".*Fix: set CHROMIUM_PATH/)
    expect(() => chromiumPath({ CHROMIUM_PATH: 'chromium', PATH: empty })).toThrow(/not an executable file on PATH/)
  })

  it('names CHROMIUM_PATH and the install when no browser is on PATH', () => {
    expect(() => chromiumPath({ PATH: [empty, notExecutable].join(delimiter) })).toThrow(/No Chromium found.*apt-get install -y chromium.*CHROMIUM_PATH/)
    expect(() => chromiumPath({})).toThrow(/No Chromium found/)
  })
})
