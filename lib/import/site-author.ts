import { profile, type AuthorProfileFile } from './authors'
import { authorId } from './paths'

/**
 * `author:` in `_config.yml` (text, or fields such as minima's `name`, `email`, `twitter`): the site's
 * author, carried as a profile in content/authors/ beside those of `_authors/` and `_data/authors.yml`,
 * so a post naming them links to a page with their links. One already there by name wins; the raw value
 * stays in site.json's `extra` for posts whose Liquid reads `site.author`.
 */
export function withSiteAuthor(authors: AuthorProfileFile[], value: unknown): void {
  const fields: Record<string, unknown> = typeof value === 'string' ? { name: value.trim() } : typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {}
  const name = typeof fields.name === 'string' ? fields.name.trim() : ''
  if (name === '' || authors.some((a) => a.name === name)) return
  const base = authorId(name.toLowerCase())
  let id = base
  for (let n = 2; authors.some((a) => a.id === id); n++) id = `${base}-${n}`
  const found = profile(id, { ...fields, name }, typeof fields.bio === 'string' ? fields.bio : undefined)
  if (found === undefined) return
  authors.push(found)
  // In file-name order, as readAuthors leaves them, so a second run writes the same report.
  authors.sort((a, b) => a.id.localeCompare(b.id))
}
