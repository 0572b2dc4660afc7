import fc from 'fast-check'
import { bodyFragments } from './body-parts'
import { frontMatterEntries, permalinkPattern, permalinkStyle, postName, type PostName } from './post-parts'
import { flowText, phrase, scalarText, word } from './yaml-forms'

/**
 * A generated Jekyll site, as data: its posts (file name, front matter entries, body fragments), its
 * `_data` files and its own permalink style. Many sites share one build: `@T@` stands for the site's
 * token (`fz12`), written into every file name, fixed permalink, slug and data file name, so no two
 * sites' posts or data meet. The token is also how a failure names its site.
 */
export const TOKEN = '@T@'

export type GenPost = { name: PostName; entries: [string, string][]; flow: boolean; body: string[] }
export type GenData = { ext: 'yml' | 'json' | 'csv'; key: string; text: string }
export type GenSite = { permalink?: string; posts: GenPost[]; data: GenData[] }

/** Settings one build shares: the batch's `_config.yml`. */
export type BatchConfig = { timezone?: string; permalink?: string; future: boolean; title: string }

const dataFile: fc.Arbitrary<GenData> = fc
  .tuple(fc.constantFrom<'yml' | 'json' | 'csv'>('yml', 'yml', 'json', 'csv'), word, phrase(1, 4))
  .chain(([ext, key, value]) => {
    if (ext === 'json') return fc.constant<GenData>({ ext, key, text: `${JSON.stringify({ [key]: value }, null, 1)}\n` })
    if (ext === 'csv') return fc.constant<GenData>({ ext, key, text: `${key},other\n${value},x\n` })
    return scalarText(value).map((t): GenData => ({ ext, key, text: `${key}:${t}\nother: 1\n` }))
  })

/** The Liquid path that reads data file `k` of the site. */
export function dataPath(data: GenData, k: number): string {
  return `site.data.${TOKEN}d${k}${data.ext === 'csv' ? '[0]' : ''}.${data.key}`
}

const post = (dataPaths: string[]): fc.Arbitrary<GenPost> =>
  fc.record({ name: postName, entries: frontMatterEntries(TOKEN), flow: fc.boolean(), body: bodyFragments(dataPaths) })

export const site: fc.Arbitrary<GenSite> = fc.array(dataFile, { maxLength: 2 }).chain((data) =>
  fc.record(
    // A `defaults` permalink is front matter: a named style there is a literal URL, so patterns only.
    { permalink: permalinkPattern, posts: fc.array(post(data.map(dataPath)), { minLength: 1, maxLength: 4 }), data: fc.constant(data) },
    { requiredKeys: ['posts', 'data'] },
  ),
)

export const batchConfig: fc.Arbitrary<BatchConfig> = fc.record(
  {
    timezone: fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'Europe/Berlin'),
    permalink: permalinkStyle,
    future: fc.boolean(),
    title: phrase(1, 3),
  },
  { requiredKeys: ['future', 'title'] },
)

export type SiteFile = { path: string; text: string }

/** The path of post `j` of a site, relative to the Jekyll source. */
export function postPath(post: GenPost, token: string, j: number): string {
  const { place, date, slug, ext } = post.name
  const file = `${date}-${token}p${j}-${slug}${ext}`
  if (place.kind === 'sub') return `_posts/${place.sub}/${file}`
  if (place.kind === 'dir') return `${token}/${place.dir}/_posts/${file}`
  return `_posts/${file}`
}

/** The site's files and the `defaults` entries that give its posts its permalink style. */
export function renderSite(s: GenSite, token: string): { files: SiteFile[]; defaults: string[] } {
  const fill = (text: string) => text.split(TOKEN).join(token)
  const files: SiteFile[] = []
  const defaults: string[] = []
  s.posts.forEach((p, j) => {
    const path = postPath(p, token, j)
    const entries = p.entries.map(([k, v]): [string, string] => [k, fill(v)])
    const yaml = (p.flow ? flowText(entries) : undefined) ?? entries.map(([k, v]) => `${k}:${v}`).join('\n')
    files.push({ path, text: `---\n${yaml}${yaml === '' ? '' : '\n'}---\n\n${fill(p.body.join('\n\n'))}\n` })
    if (s.permalink !== undefined) defaults.push(`  - scope: { path: ${JSON.stringify(path)} }\n    values: { permalink: ${JSON.stringify(s.permalink)} }`)
  })
  s.data.forEach((d, k) => files.push({ path: `_data/${token}d${k}.${d.ext}`, text: d.text }))
  return { files, defaults }
}

/** `_config.yml` for a build of the given sites' defaults. */
export function renderConfig(c: BatchConfig, defaults: readonly string[]): string {
  const lines = [`title: ${JSON.stringify(c.title)}`, `future: ${c.future}`]
  if (c.timezone !== undefined) lines.push(`timezone: ${c.timezone}`)
  if (c.permalink !== undefined) lines.push(`permalink: ${JSON.stringify(c.permalink)}`)
  // Every post in the `post` layout, which prints its title as the oracle's stub layouts do.
  lines.push('defaults:', '  - scope: { path: "" }\n    values: { layout: post }', ...defaults)
  return `${lines.join('\n')}\n`
}
