import { readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { ContentError } from '../content-error'
import { readRubyYaml } from './ruby-yaml'

/**
 * Jekyll's `site.data`: every `.yml`, `.yaml`, `.json`, `.csv` and `.tsv` file under `_data/`, keyed by
 * file name without extension, folders nested (`_data/team/london.yml` is `site.data.team.london`). YAML is
 * read as Psych reads it (lib/jekyll/ruby-yaml.ts), the reader posts and `_config.yml` go through too.
 */
export function loadSiteData(dataDir: string, shownAs = '_data'): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  let entries
  try {
    entries = readdirSync(dataDir, { withFileTypes: true })
  } catch {
    return data
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dataDir, entry.name)
    const shown = `${shownAs}/${entry.name}`
    if (entry.isDirectory()) {
      data[entry.name] = loadSiteData(full, shown)
      continue
    }
    const ext = extname(entry.name).toLowerCase()
    const key = entry.name.slice(0, entry.name.length - ext.length)
    const value = readDataFile(full, shown)
    if (value !== NOT_DATA) data[key] = value
  }
  return data
}

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
