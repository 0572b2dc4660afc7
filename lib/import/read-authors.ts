import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { authorFromDocument, authorsFromData, type AuthorProfileFile } from './authors'
import { authorId, type PathNote } from './paths'

/**
 * The old site's authors: documents of an `_authors` collection, then `_data/authors.yml` entries not
 * already among them. A data key becomes a file name, so one that cannot be is renamed and noted.
 */
export function readAuthors(source: string, walk: (dir: string) => string[], note: (n: PathNote) => void): AuthorProfileFile[] {
  const found: AuthorProfileFile[] = []
  const dir = join(source, '_authors')
  for (const file of walk(dir)) {
    const name = relative(dir, file)
    if (/^[._]/.test(name) || !/\.(md|markdown|html)$/.test(name)) continue
    const author = authorFromDocument(name.replace(/\.[^.]+$/, '').replace(/[^\w-]+/g, '-'), readFileSync(file, 'utf8'))
    if (author) found.push(author)
  }
  const data = ['_data/authors.yml', '_data/authors.yaml'].map((p) => join(source, p)).find((p) => existsSync(p))
  for (const author of data ? authorsFromData(readFileSync(data, 'utf8')) : []) {
    if (found.some((f) => f.name === author.name)) continue
    // A key is any text to Jekyll; here it names a file in content/authors/.
    let id = authorId(author.id)
    for (let n = 2; found.some((f) => f.id === id); n++) id = `${authorId(author.id)}-${n}`
    if (id !== author.id) note({ file: `_data/authors.yml: ${JSON.stringify(author.id)}`, reason: `written as content/authors/${id}.yml (a file name holds letters, digits, - and _ only)` })
    found.push({ ...author, id })
  }
  return found.sort((a, b) => a.id.localeCompare(b.id))
}
