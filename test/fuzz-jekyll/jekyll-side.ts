import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { SiteFile } from './site'

/**
 * A batch built by real Jekyll 4.3 the way ../shared/tools/jekyll-oracle.sh builds a corpus: stub layouts
 * that print the title and content, jekyll-redirect-from on, Liquid in lax mode, and a page listing every
 * published post (path, URL, title, redirects, first 300 characters of text) in the oracle's own words.
 */
export const ORACLE_PAGE = `---
layout: null
permalink: /oracle.json
---
[{% for p in site.posts %}{"path": {{ p.path | jsonify }}, "url": {{ p.url | jsonify }}, "title": {{ p.title | jsonify }}, "redirect_from": {{ p.redirect_from | jsonify }}, "redirect_to": {{ p.redirect_to | jsonify }}, "text": {{ p.content | strip_html | normalize_whitespace | truncate: 300 | jsonify }}}{% unless forloop.last %},
{% endunless %}{% endfor %}]
`
const LAYOUT = '---\n---\n<h1>{{ page.title }}</h1>\n{{ content }}\n'
const ORACLE_CONFIG = 'plugins: [jekyll-redirect-from]\nliquid: { error_mode: lax }\nquiet: true\n'

export type OraclePost = { path: string; url: string; title: string; text: string; redirectFrom: string[]; redirectTo?: string }

/** Writes files under `dir` (creating folders). */
export function writeFiles(dir: string, files: readonly SiteFile[]): void {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true })
    writeFileSync(join(dir, f.path), f.text)
  }
}

/** `unreadable`: files Jekyll reported it could not read (its own error), which it then publishes bare. */
export type JekyllBuild = { ok: true; posts: OraclePost[]; site: string; unreadable: string[] } | { ok: false; output: string }

/** Builds the Jekyll source in `dir` (its `_config.yml` extended as the oracle extends it) into `dir/_site`. */
export function buildWithJekyll(dir: string, config: string): JekyllBuild {
  writeFiles(dir, [
    { path: '_config.yml', text: `${config}${ORACLE_CONFIG}` },
    { path: 'oracle.json', text: ORACLE_PAGE },
    ...['default', 'post', 'page'].map((l) => ({ path: `_layouts/${l}.html`, text: LAYOUT })),
  ])
  const result = spawnSync('jekyll', ['build', '--trace', '-s', dir, '-d', join(dir, '_site')], { cwd: dir, encoding: 'utf8', env: { ...process.env, JEKYLL_ENV: 'production' }, maxBuffer: 64 << 20 })
  if (result.error) throw result.error
  if (result.status !== 0) return { ok: false, output: `${result.stdout}${result.stderr}` }
  const unreadable = unreadableFiles(`${result.stdout}${result.stderr}`)
  return { ok: true, posts: oraclePosts(JSON.parse(readFileSync(join(dir, '_site/oracle.json'), 'utf8'))), site: join(dir, '_site'), unreadable }
}

/** The oracle's list, checked field by field (it is parsed JSON, unknown until checked). */
export function oraclePosts(value: unknown): OraclePost[] {
  if (!Array.isArray(value)) throw new Error('oracle.json: expected a list of posts')
  return value.map((item: unknown): OraclePost => {
    if (typeof item !== 'object' || item === null) throw new Error('oracle.json: a post is not an object')
    const get = (key: string): unknown => Object.getOwnPropertyDescriptor(item, key)?.value
    const [path, url, title, text, from, to] = ['path', 'url', 'title', 'text', 'redirect_from', 'redirect_to'].map(get)
    if (typeof path !== 'string' || typeof url !== 'string') throw new Error('oracle.json: a post lacks path or url')
    const redirectFrom = (Array.isArray(from) ? from : [from]).filter((f): f is string => typeof f === 'string')
    const target = (Array.isArray(to) ? to : [to]).find((t): t is string => typeof t === 'string')
    return { path, url, title: typeof title === 'string' ? title : '', text: typeof text === 'string' ? text : '', redirectFrom, ...(target === undefined ? {} : { redirectTo: target }) }
  })
}

/** The files Jekyll's log says it could not read (`Error: could not read file /…/x.md: <why>`). */
export function unreadableFiles(log: string): string[] {
  return [...log.matchAll(/could not read file (.+?): /g)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]))
}
