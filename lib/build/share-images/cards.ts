// Which cards this build shows, each named by a hash of what it draws and of the code that draws it, so
// that a card already in the cache is never drawn again.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { siteDate } from '../../format/dates'
import { installedPackageDir } from '../installed'
import { getPostFiles, getPosts } from '../../posts'
import { routes } from '../../urls/routes'
import { site } from '../../site'
import { cardText } from './card'

/** One post's card: the file it is published as, the hash it is cached under, and what it shows. */
export type Card = { file: string; hash: string; title: string; byline: string; siteName: string }

/** What the cards are drawn with: a change to the component or to Next's renderer redraws every card. */
function drawingVersion(root: string): string {
  const renderer = readFileSync(join(installedPackageDir('next'), 'package.json'))
  const hash = createHash('sha256').update(renderer)
  for (const file of ['components/ShareImage.tsx', 'lib/build/share-images/card.ts', 'lib/og/title.ts']) hash.update(readFileSync(join(root, file)))
  return hash.digest('hex').slice(0, 16)
}

/** Every post's card, in the posts' order. */
export function postCards(root: string): Card[] {
  const version = drawingVersion(root)
  const files = getPostFiles()
  return getPosts().map((post) => {
    const byline = [post.authors.map((a) => a.name).join(', '), siteDate(post.date).text].filter(Boolean).join(' · ')
    const text = cardText(files.get(post.url) ?? post.url, { title: post.title, byline, siteName: site.title }, (line) => console.warn(line))
    const hash = createHash('sha256').update(JSON.stringify([version, text.title, text.byline, text.siteName])).digest('hex').slice(0, 32)
    return { file: routes.shareImageFile(post.url), hash, ...text }
  })
}

export function isCard(value: unknown): value is Card {
  if (typeof value !== 'object' || value === null) return false
  const fields = new Map<string, unknown>(Object.entries(value))
  return ['file', 'hash', 'title', 'byline', 'siteName'].every((field) => typeof fields.get(field) === 'string')
}
