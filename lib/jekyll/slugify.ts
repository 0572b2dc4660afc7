/**
 * Jekyll's `Utils.slugify`: runs of characters outside the mode's set become one hyphen, a hyphen at
 * either end is dropped, and the result is lower-cased unless `cased`. `pretty` keeps the characters
 * that read well in a URL (`._~!$&'()+,;=@`); `raw` replaces only whitespace; `ascii` keeps A–Z and 0–9.
 */
export type SlugifyMode = 'raw' | 'default' | 'pretty' | 'ascii' | 'latin'

const REPLACE: Record<SlugifyMode, RegExp> = {
  raw: /\s+/gu,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
  latin: /[^A-Za-z0-9]+/g,
}

export function slugify(text: string, mode: SlugifyMode = 'default', cased = false): string {
  const source = mode === 'latin' ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text
  const slug = source.replace(REPLACE[mode], '-').replace(/^-|-$/g, '')
  return cased ? slug : slug.toLowerCase()
}

/** Jekyll's `titleize_slug`: a title for a post without one, from its file name (`my-post` → `My Post`). */
export function titleizeSlug(slug: string): string {
  return slug
    .split('-')
    .map((word) => (word ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word))
    .join(' ')
}
