import { readFileSync } from 'node:fs'
import { dirname, extname } from 'node:path'
import { ContentError } from '../content/error'
import { listContentFiles } from '../content/files'
import { readRubyYaml } from './ruby-yaml'

/**
 * Jekyll's `site.data`: every `.yml`, `.yaml`, `.json`, `.csv` and `.tsv` file under `_data/`, keyed by
 * file name without extension, folders nested (`_data/team/london.yml` is `site.data.team.london`). YAML is
 * read as Psych reads it (lib/jekyll/ruby-yaml.ts), the reader posts and `_config.yml` go through too.
 */
export function loadSiteData(dataDir: string, shownAs = '_data', boundary = dirname(dataDir)): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  // Links that leave the content folder, FIFOs and the like are refused by name (lib/content/files.ts).
  for (const file of listContentFiles(dataDir, { boundary, shownAs })) {
    const shown = `${shownAs}/${file.rel}`
    const folders = file.rel.split('/')
    const name = folders.pop() ?? ''
    const value = readDataFile(file.full, shown)
    if (value === NOT_DATA) continue
    const key = name.slice(0, name.length - extname(name).length)
    // `__proto__` as a key would set the object's prototype, not a value: the file's data would vanish.
    const bad = [...folders, key].find((part) => UNSAFE_KEYS.has(part))
    if (bad !== undefined) throw new ContentError(shown, '(file name)', `"${bad}" cannot be a key of site.data`, 'rename the file or folder')
    let into = data
    for (const folder of folders) {
      const next = Object.hasOwn(into, folder) ? into[folder] : undefined
      const child: Record<string, unknown> = typeof next === 'object' && next !== null && !Array.isArray(next) ? { ...next } : {}
      into[folder] = child
      into = child
    }
    into[key] = value
  }
  return data
}

const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

const NOT_DATA = Symbol('not a data file')

/** One `_data` file's value by its extension (NOT_DATA for other files); a file that does not parse is a ContentError naming it. */
export function readDataFile(file: string, shown: string): unknown {
  const ext = extname(file).toLowerCase()
  const text = () => readFileSync(file, 'utf8')
  try {
    if (ext === '.yml' || ext === '.yaml') return readRubyYaml(text()) ?? null
    if (ext === '.json') return JSON.parse(text())
    if (ext === '.csv') return tableRows(parseDelimited(text(), ','))
    if (ext === '.tsv') return tableRows(parseDelimited(text(), '\t'))
    return NOT_DATA
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error)
    throw new ContentError(shown, '(file)', `cannot be read as ${ext.slice(1).toUpperCase()}: ${problem}`, 'fix the syntax, or remove the file')
  }
}

/** Rows after the header become mappings by column name, as Jekyll reads CSV with headers. */
export function tableRows(rows: readonly string[][]): Record<string, string>[] {
  const [header, ...body] = rows
  if (!header) return []
  return body.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? ''])))
}

/** RFC 4180 fields: quoted fields may hold the separator, newlines and doubled quotes. */
export function parseDelimited(text: string, separator: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === separator) {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
