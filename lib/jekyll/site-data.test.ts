import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSiteData, parseDelimited, tableRows } from './site-data'

describe('loadSiteData', () => {
  it('reads YAML, JSON and CSV files, folders nested, as site.data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-data-'))
    mkdirSync(join(dir, 'team'))
    writeFileSync(join(dir, 'nav.yml'), '- title: Home\n  url: /\n')
    writeFileSync(join(dir, 'meta.json'), '{"version": 2}')
    writeFileSync(join(dir, 'team', 'london.csv'), 'name,role\nAna,dev\n"Bo, Jr",ops\n')
    writeFileSync(join(dir, 'notes.txt'), 'ignored')
    expect(loadSiteData(dir)).toEqual({
      nav: [{ title: 'Home', url: '/' }],
      meta: { version: 2 },
      team: { london: [{ name: 'Ana', role: 'dev' }, { name: 'Bo, Jr', role: 'ops' }] },
    })
  })

  it('stops on a file that does not parse, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-data-'))
    writeFileSync(join(dir, 'bad.json'), '{nope')
    expect(() => loadSiteData(dir)).toThrow(/_data\/bad\.json.*cannot be read as JSON/)
  })

  it('refuses by name a data file linked from outside the content folder, and a __proto__ key', () => {
    const content = mkdtempSync(join(tmpdir(), 'pressroom-data-'))
    const secret = join(mkdtempSync(join(tmpdir(), 'pressroom-secret-')), 'secret.yml')
    writeFileSync(secret, 'token: hunter2\n')
    mkdirSync(join(content, '_data'))
    symlinkSync(secret, join(content, '_data', 'leak.yml'))
    expect(() => loadSiteData(join(content, '_data'))).toThrow(/^_data\/leak\.yml: field "\(file\)": "leak\.yml" is a symbolic link .* outside the content folder\. Fix:/)
    const proto = mkdtempSync(join(tmpdir(), 'pressroom-data-'))
    writeFileSync(join(proto, '__proto__.yml'), 'polluted: true\n')
    expect(() => loadSiteData(proto)).toThrow(/_data\/__proto__\.yml.*"__proto__" cannot be a key of site\.data/)
  })

  it('is empty when there is no _data folder', () => {
    expect(loadSiteData(join(tmpdir(), 'pressroom-no-such-folder'))).toEqual({})
  })
})

describe('parseDelimited', () => {
  it('keeps quoted separators, newlines and doubled quotes', () => {
    expect(parseDelimited('a,"b,c","say ""hi""\nthere"\r\nd,e,f', ',')).toEqual([['a', 'b,c', 'say "hi"\nthere'], ['d', 'e', 'f']])
    expect(tableRows([['k'], ['1'], ['2']])).toEqual([{ k: '1' }, { k: '2' }])
  })
})

describe('loadSiteData reads YAML as Psych does', () => {
  it('reads a double-quoted value continued on an unindented line, and the last of duplicated keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-data-'))
    writeFileSync(join(dir, 'people.yml'), 'ana:\n  bio: "Writes\nthings"\n  role: dev\n  role: ops\n')
    expect(loadSiteData(dir)).toEqual({ people: { ana: { bio: 'Writes things', role: 'ops' } } })
  })
  it('reads such a value in a list item of a mapping', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-data-'))
    writeFileSync(join(dir, 'people.yml'), 'people:\n  - name: "Ana\nB"\n    role: dev\n')
    expect(loadSiteData(dir)).toEqual({ people: { people: [{ name: 'Ana B', role: 'dev' }] } })
  })
  it('still refuses YAML Psych refuses, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-data-'))
    writeFileSync(join(dir, 'broken.yaml'), 'a: [unclosed\n')
    expect(() => loadSiteData(dir)).toThrow(/_data\/broken\.yaml.*cannot be read as YAML/)
  })
})
