import type { ContentError } from '../content/error'
import { splitFrontMatter } from '../jekyll/front-matter'
import { editFrontMatter, frontMatterOf } from './front-matter-edit'

/**
 * One step towards what the build accepts, for a post it still refuses: the value the error names is dropped
 * (Jekyll's default applies), rewritten as Jekyll reads it, or the post is imported unpublished. Says what it did.
 */
export function degrade(text: string, error: ContentError): { text: string; said: string } {
  const field = error.field
  if (field === '(front matter)') {
    const split = splitFrontMatter(text)
    return { text: split ? split.body : text, said: "front matter left out, as Jekyll leaves it out when Ruby's YAML refuses it" }
  }
  if (field === 'permalink (site config)' || field === '(file name)' || field === 'body') {
    return { text: editFrontMatter(text, { published: false }), said: 'imported unpublished (published: false)' }
  }
  const key = field.replace(/\[\d+\]$/, '')
  const own = frontMatterOf(text)
  if (error.problem === 'this key is reserved by the content layer' && own && key in own) {
    // Kept under another name, and `page.<key>` in the post's Liquid follows it.
    const renamed = `jekyll_${key}`
    const moved = editFrontMatter(text, { [key]: undefined, [renamed]: own[key] })
    return { text: moved.replace(new RegExp(`\\bpage\\.${key}\\b`, 'g'), `page.${renamed}`), said: `${key} renamed ${renamed} (page.${key} in the post follows it)` }
  }
  const permalink = own?.permalink
  if (key === 'permalink' && typeof permalink === 'string' && /(^|\/)(\.|%2e){1,2}(\/|$)/i.test(permalink)) {
    // Jekyll writes such a page where the dot segments lead, kept inside the site (`/../x.html` → `/x.html`).
    const inside = resolveDots(permalink)
    if (inside !== permalink) return { text: editFrontMatter(text, { permalink: inside }), said: `permalink written ${JSON.stringify(inside)}, where Jekyll writes the file` }
  }
  const value = own?.[key]
  if (error.problem === 'expected text' && Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
    // Liquid prints a list as its items run together, as Jekyll shows `{{ page.title }}`.
    return { text: editFrontMatter(text, { [key]: value.map(String).join('') }), said: `${key} written as text, as Liquid prints the list` }
  }
  if (key === 'title') return { text: editFrontMatter(text, { title: undefined }), said: 'title dropped: the title comes from the file name' }
  if (own && key in own) return { text: editFrontMatter(text, { [key]: undefined }), said: `${key} dropped` }
  return { text: editFrontMatter(text, { published: false }), said: 'imported unpublished (published: false)' }
}

/** `.` and `..` segments (written `%2e` too) resolved, never above the site's root; placeholders kept. */
function resolveDots(permalink: string): string {
  const out: string[] = []
  const segments = permalink.split('/')
  for (const segment of segments.slice(1)) {
    const plain = segment.replace(/%2e/gi, '.')
    if (plain === '..') out.pop()
    else if (plain !== '.') out.push(segment)
  }
  return `/${out.join('/')}`
}

