import { splitFrontMatter } from '../jekyll/front-matter'
import { parseRubyYaml } from '../jekyll/ruby-yaml'

/** Pressroom's author profile (`content/authors/<id>.yml`). */
export type AuthorProfileFile = { id: string; name: string; bio?: string; avatar?: string; links: { label: string; url: string }[] }

const AVATAR_KEYS = ['avatar', 'portrait', 'image', 'picture', 'photo']
const LINK_KEYS: Record<string, (v: string) => string> = {
  website: (v) => v,
  url: (v) => v,
  twitter: (v) => (v.startsWith('http') ? v : `https://twitter.com/${v.replace(/^@/, '')}`),
  github: (v) => (v.startsWith('http') ? v : `https://github.com/${v}`),
  linkedin: (v) => (v.startsWith('http') ? v : `https://www.linkedin.com/in/${v}`),
}

/** One profile from a collection document (`_authors/jane.md`: front matter and a bio). */
export function authorFromDocument(id: string, source: string): AuthorProfileFile | undefined {
  const split = splitFrontMatter(source)
  const data = split ? parseRubyYaml(split.yaml).data : {}
  const bio = (split ? split.body : source).trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ').trim()
  return profile(id, data, bio)
}

/** Every profile of `_data/authors.yml` (a mapping of id → fields, or a list). */
export function authorsFromData(yamlText: string): AuthorProfileFile[] {
  const { data } = parseRubyYaml(yamlText)
  return Object.entries(data).flatMap(([id, value]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return []
    const fields: Record<string, unknown> = { ...value }
    const found = profile(id, fields, typeof fields.bio === 'string' ? fields.bio : undefined)
    return found ? [found] : []
  })
}

/** A profile from an author's fields (`name` or `display_name`, avatar, links), or none without a name. */
export function profile(id: string, data: Record<string, unknown>, bio: string | undefined): AuthorProfileFile | undefined {
  const name = typeof data.name === 'string' ? data.name : typeof data.display_name === 'string' ? data.display_name : undefined
  if (!name) return undefined
  const avatarKey = AVATAR_KEYS.find((key) => typeof data[key] === 'string')
  const avatar = avatarKey === undefined ? undefined : String(data[avatarKey])
  const links = Object.entries(LINK_KEYS).flatMap(([key, toUrl]) => {
    const value = data[key]
    return typeof value === 'string' && value.trim() ? [{ label: key.charAt(0).toUpperCase() + key.slice(1), url: toUrl(value.trim()) }] : []
  })
  return { id, name, ...(bio ? { bio } : {}), ...(avatar ? { avatar } : {}), links }
}

/** The profile as YAML (JSON is YAML, and every YAML reader reads it the same way). */
export function authorYaml(author: AuthorProfileFile): string {
  const fields: Omit<AuthorProfileFile, 'id'> = { name: author.name, bio: author.bio, avatar: author.avatar, links: author.links }
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .filter(([key, value]) => !(key === 'links' && Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
  return `${lines.join('\n')}\n`
}
