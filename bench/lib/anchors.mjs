// The engines a team compares Pressroom with, building the same posts: Jekyll 4.3 plain, Jekyll as a usual blog
// runs it (the minima theme, jekyll-feed, -seo-tag, -sitemap, -paginate, then Pagefind for search), and Hugo with
// Pagefind. Each only when installed; each capped (a run past the cap is reported as such, not waited for).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SIDE_ROWS } from './side-table.mjs'

export const ANCHOR_CAP_SECONDS = 20 * 60

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0

const JEKYLL_PLAIN_CONFIG = 'title: Bench\nurl: https://bench.example.com\n'
const JEKYLL_THEME_CONFIG = `title: Bench
url: https://bench.example.com
theme: minima
plugins: [jekyll-feed, jekyll-seo-tag, jekyll-sitemap, jekyll-paginate]
paginate: 10
paginate_path: /page:num/
defaults:
  - scope: { path: "", type: posts }
    values: { layout: post }
`
// minima's home layout lists every post; jekyll-paginate pages the index as a paginated blog does.
const JEKYLL_INDEX = `---
layout: default
---
<ul>{% for post in paginator.posts %}<li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> {{ post.date | date: "%b %-d, %Y" }}{{ post.excerpt }}</li>{% endfor %}</ul>
{% if paginator.next_page %}<a href="{{ paginator.next_page_path | relative_url }}">Older</a>{% endif %}
`

const HUGO_CONFIG = `baseURL = "https://bench.example.com/"
title = "Bench"
paginate = 10
[taxonomies]
tag = "tags"
`
const HUGO_LAYOUTS = {
  '_default/baseof.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head><body><header><a href="/">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>\n',
  '_default/single.html': '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "Jan 2, 2006" }} · {{ .Params.author }} · {{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>{{ .Content }}</article>{{ end }}\n',
  '_default/list.html': '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "Jan 2, 2006" }}<p>{{ .Summary }}</p></li>{{ end }}</ul>{{ with .Paginator.Next }}<a href="{{ .URL }}">Older</a>{{ end }}{{ end }}\n',
  'index.html': '{{ define "main" }}<ul>{{ range (.Paginate (where .Site.RegularPages "Section" "posts")).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Summary }}</p></li>{{ end }}</ul>{{ with .Paginator.Next }}<a href="{{ .URL }}">Older</a>{{ end }}{{ end }}\n',
}

/** Writes the engine's site around `posts` ({ name, text } files) in `dir`; returns the commands that build it. */
function prepare(anchor, dir, posts, pagefind) {
  rmSync(dir, { recursive: true, force: true })
  const write = (path, text) => {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  const postsDir = anchor === 'hugo' ? 'content/posts' : '_posts'
  for (const post of posts) write(join(postsDir, post.name), post.text)
  if (anchor === 'jekyll') {
    write('_config.yml', JEKYLL_PLAIN_CONFIG)
    return [['jekyll', ['build', '--quiet']]]
  }
  if (anchor === 'jekyll-theme') {
    write('_config.yml', JEKYLL_THEME_CONFIG)
    write('index.html', JEKYLL_INDEX)
    return [['jekyll', ['build', '--quiet']], [pagefind, ['--site', '_site', '--silent']]]
  }
  write('config.toml', HUGO_CONFIG)
  for (const [path, text] of Object.entries(HUGO_LAYOUTS)) write(join('layouts', path), text)
  return [['hugo', ['--quiet']], [pagefind, ['--site', 'public', '--silent']]]
}

const NEEDS = { jekyll: ['jekyll'], 'jekyll-theme': ['jekyll', 'pagefind'], hugo: ['hugo', 'pagefind'] }
export const ANCHORS = SIDE_ROWS.filter(({ row }) => row in NEEDS).map(({ row, title }) => ({ row, title, needs: NEEDS[row] }))

/** The version line an engine prints, for the method note. */
export function engineVersion(command) {
  const result = spawnSync(command, command === 'hugo' ? ['version'] : ['--version'], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim().split('\n')[0] : undefined
}

/**
 * Builds the anchor's site of `posts` in `dir` under GNU time, the whole run capped at ANCHOR_CAP_SECONDS:
 * { seconds, peakMb } or { skipped: why } (not installed) or { capped: seconds }.
 */
export function runAnchor(anchor, dir, posts, { root, time }) {
  const pagefind = join(root, 'node_modules', '.bin', 'pagefind')
  const missing = anchor.needs.filter((need) => (need === 'pagefind' ? !existsSync(pagefind) : !has(need)))
  if (missing.length > 0) return { skipped: `${missing.join(', ')} not installed` }
  const commands = prepare(anchor.row, dir, posts, pagefind)
  const started = Date.now()
  let peakKb = 0
  for (const [file, args] of commands) {
    const left = ANCHOR_CAP_SECONDS * 1000 - (Date.now() - started)
    const report = join(dir, '.anchor-time')
    // Its own process group, so that the cap stops the engine under GNU time too.
    const result = spawnSync(time, ['-f', '%M', '-o', report, file, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], timeout: Math.max(left, 1), detached: true, encoding: 'utf8' })
    if (result.error?.code === 'ETIMEDOUT' || result.signal) {
      if (result.pid) killGroup(result.pid)
      return { capped: Math.round((Date.now() - started) / 1000) }
    }
    if (result.status !== 0) throw new Error(`${anchor.title}: ${file} failed (exit ${result.status}):\n${result.stderr.split('\n').slice(-20).join('\n')}`)
    peakKb = Math.max(peakKb, Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)))
  }
  return { seconds: (Date.now() - started) / 1000, peakMb: Math.round(peakKb / 1024) }
}

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // The group is gone already: the engine exited as the cap hit.
  }
}
