import { execFileSync } from 'node:child_process'
import { linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entryProblems, tarEntries, zipEntries } from './artifact-entries.mjs'
import { treeProblems } from './artifact-tree.mjs'

/** A zip's central directory and end record: all the reader looks at. `mode` is a Unix file mode. */
function zip(entries: { name: string; mode: number }[]): Buffer {
  const records = entries.map(({ name, mode }) => {
    const record = Buffer.alloc(46)
    record.writeUInt32LE(0x02014b50, 0)
    record.writeUInt8(3, 5) // made on Unix
    record.writeUInt16LE(Buffer.byteLength(name), 28)
    record.writeUInt32LE((mode << 16) >>> 0, 38)
    return Buffer.concat([record, Buffer.from(name)])
  })
  const directory = Buffer.concat(records)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(0, 16)
  return Buffer.concat([directory, end])
}

/** A tar made by the system's tar from a folder, with extra options. */
function systemTar(dir: string, args: string[]): Buffer {
  return execFileSync('tar', ['-c', '-C', dir, ...args])
}

describe('zipEntries and entryProblems', () => {
  it('accepts plain files and folders inside the site', () => {
    const entries = zipEntries(zip([{ name: 'site/', mode: 0o040755 }, { name: 'site/index.html', mode: 0o100644 }, { name: 'pr-number.txt', mode: 0o100644 }]))
    expect(entries).toEqual([{ name: 'site/', type: 'dir' }, { name: 'site/index.html', type: 'file' }, { name: 'pr-number.txt', type: 'file' }])
    expect(entryProblems(entries)).toEqual([])
  })

  it('refuses .., absolute paths, backslashes, .git and symbolic links', () => {
    const entries = zipEntries(
      zip([
        { name: 'site/../../etc/passwd', mode: 0o100644 },
        { name: '/etc/cron.d/x', mode: 0o100644 },
        { name: 'site\\..\\x', mode: 0o100644 },
        { name: 'site/.git/hooks/post-checkout', mode: 0o100755 },
        { name: 'site/link', mode: 0o120777 },
      ]),
    )
    expect(entryProblems(entries)).toEqual([
      'site/../../etc/passwd: path leaves the site (..)',
      '/etc/cron.d/x: absolute path',
      'site\\..\\x: backslash in path',
      'site/.git/hooks/post-checkout: .git folder',
      'site/link: symbolic link',
    ])
  })

  it('says so when the bytes are not a zip', () => {
    expect(() => zipEntries(Buffer.from('not a zip at all, not even close'))).toThrow(/not a zip/)
  })
})

describe('tarEntries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-artifact-'))
  mkdirSync(join(dir, 'site'))
  writeFileSync(join(dir, 'site/index.html'), '<p>hi</p>')
  symlinkSync('/etc/passwd', join(dir, 'site/passwd'))
  linkSync(join(dir, 'site/index.html'), join(dir, 'site/again.html'))

  it('reads the symbolic and hard links a tar carries and refuses them', () => {
    const entries = tarEntries(systemTar(dir, ['site']))
    expect(entries).toContainEqual({ name: 'site/index.html', type: expect.stringMatching(/file|hardlink/) })
    expect(entries).toContainEqual({ name: 'site/passwd', type: 'symlink' })
    expect(entries.filter((entry) => entry.type === 'hardlink')).toHaveLength(1)
    expect(entryProblems(entries)).toEqual(expect.arrayContaining(['site/passwd: symbolic link', expect.stringMatching(/: hard link$/)]))
  })

  it('reads names longer than 100 characters and paths that climb out', () => {
    const long = `${'d'.repeat(120)}.html`
    writeFileSync(join(dir, long), 'x')
    const entries = tarEntries(systemTar(dir, ['--absolute-names', `--transform=s,^,../,`, long]))
    expect(entries).toEqual([{ name: `../${long}`, type: 'file' }])
    expect(entryProblems(entries)).toEqual([`../${long}: path leaves the site (..)`])
  })

  it('accepts a tar of plain files', () => {
    const clean = mkdtempSync(join(tmpdir(), 'pressroom-artifact-clean-'))
    writeFileSync(join(clean, 'index.html'), readFileSync(join(dir, 'site/index.html')))
    expect(entryProblems(tarEntries(systemTar(clean, ['index.html'])))).toEqual([])
  })
})

describe('treeProblems', () => {
  it('finds links and .git in unpacked files, and passes a clean tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-tree-'))
    writeFileSync(join(dir, 'index.html'), 'x')
    expect(treeProblems(dir)).toEqual([])
    symlinkSync('/etc', join(dir, 'etc'))
    mkdirSync(join(dir, '.git'))
    expect(treeProblems(dir).sort()).toEqual(['.git: .git folder', 'etc: symbolic link'])
  })
})
