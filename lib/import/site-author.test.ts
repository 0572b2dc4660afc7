import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempTrees } from '../../test/support/temp-trees'
import type { AuthorProfileFile } from './authors'
import { importJekyll } from './run'
import { withSiteAuthor } from './site-author'

const tree = tempTrees('pressroom-site-author-')

describe("_config.yml's author", () => {
  it('becomes a profile in content/authors/, with the links it names', () => {
    const source = tree({
      '_config.yml': 'title: Old\nauthor:\n  name: Jane Doe\n  email: jane@example.com\n  github: janedoe\n',
      '_posts/2020-01-01-first.md': '---\ntitle: First\nauthor: Jane Doe\n---\nHello.\n',
    })
    const root = tree({})
    expect(importJekyll(source, root, () => {}).authors).toBe(1)
    expect(readFileSync(join(root, 'content/authors/jane-doe.yml'), 'utf8')).toBe('name: "Jane Doe"\nlinks: [{"label":"Github","url":"https://github.com/janedoe"}]\n')
  })
  it('as plain text too, under a free file name; one already profiled by name is kept as it is', () => {
    const authors: AuthorProfileFile[] = [{ id: 'jane-doe', name: 'Someone Else', links: [] }]
    withSiteAuthor(authors, 'Jane Doe')
    expect(authors.map((a) => [a.id, a.name])).toEqual([['jane-doe', 'Someone Else'], ['jane-doe-2', 'Jane Doe']])
    withSiteAuthor(authors, { name: 'Jane Doe', twitter: 'jane' })
    withSiteAuthor(authors, ['not', 'an', 'author'])
    withSiteAuthor(authors, undefined)
    expect(authors).toHaveLength(2)
  })
})
