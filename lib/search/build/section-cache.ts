import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { cacheDir } from '../../cache/cache-dir'
import { engineVersion } from '../../cache/engine-version'
import { htmlToSections, type Section } from './sections'

// Splitting a post's HTML into searchable sections parses the whole HTML: a warm build parses only the posts
// whose HTML changed. One file holds every post's sections by the hash of its HTML, for one version of the code
// that splits them; each build writes back only what it used, so removed posts leave the file with it.

/** Sections by the post's HTML, from the cache or split now; `save` writes what this build used. */
export type SectionCache = { of(html: string): Section[]; save(): void; hits(): number }

type Stored = { version: string; entries: Record<string, Section[]> }

function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null || !('version' in value) || !('entries' in value)) return false
  return typeof value.version === 'string' && typeof value.entries === 'object' && value.entries !== null
}

function read(file: string): Stored | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return isStored(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function openSectionCache(file: string, version: string, split: (html: string) => Section[] = htmlToSections): SectionCache {
  const stored = read(file)
  const before = new Map(stored?.version === version ? Object.entries(stored.entries) : [])
  const used = new Map<string, Section[]>()
  let hits = 0
  return {
    of(html) {
      const key = createHash('sha256').update(html).digest('hex').slice(0, 32)
      const known = used.get(key) ?? before.get(key)
      if (known) hits++
      const sections = known ?? split(html)
      used.set(key, sections)
      return sections
    },
    save() {
      mkdirSync(dirname(file), { recursive: true })
      const partial = `${file}.${process.pid}.partial`
      writeFileSync(partial, JSON.stringify({ version, entries: Object.fromEntries(used) } satisfies Stored))
      renameSync(partial, file)
    },
    hits: () => hits,
  }
}

/** The build's section cache: `.pressroom/cache/search-sections.json`, for the code in lib/search and lib/html. */
export function buildSectionCache(root: string): SectionCache {
  return openSectionCache(join(cacheDir(root), 'search-sections.json'), engineVersion(root, ['search', 'html']))
}
