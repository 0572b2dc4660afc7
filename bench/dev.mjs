#!/usr/bin/env node
// `npm run bench:dev`: the author's loop at 1,000 posts. Generates the posts (bench/markdown-posts.mjs,
// seed 42) into a scratch content folder (bench/.dev/content, via PRESSROOM_CONTENT_DIR; content/ is never
// touched), starts `npm run dev`'s runner on it, opens a post in Chromium and measures, for each kind of
// edit, the time from writing the file to the open tab showing the change (no reload), plus the time until
// the rebuilt search index is served; then stops the server with SIGTERM and checks nothing is left.
// Writes its section of bench/RESULTS.md. Meant for a quiet machine: it records the load average.
//   node bench/dev.mjs [--posts 1000] [--rounds 5] [--port 4310]
import { execFileSync } from 'node:child_process'
import { chromium } from '@playwright/test'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromiumPath } from '../lib/build/chromium.mjs'
import { startDevServer } from '../lib/dev/dev-server.mjs'
import { writeMarkdownPosts } from './markdown-posts.mjs'
import { median } from './lib/stats.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}
const POSTS = arg('posts', 1000)
const ROUNDS = arg('rounds', 5)
const PORT = arg('port', 4310)
const contentDir = join(HERE, '.dev', 'content')

const load = () => loadavg().map((n) => n.toFixed(2)).join(' / ')
const loadBefore = load()
console.log(`bench:dev: ${POSTS} posts, ${ROUNDS} rounds, port ${PORT}, load ${loadBefore}`)

rmSync(contentDir, { recursive: true, force: true })
const names = writeMarkdownPosts(POSTS, join(contentDir, 'posts'))
// A post from the middle of the list: not the home page's newest, not the oldest.
const name = names[Math.floor(names.length / 2)]
const file = join(contentDir, 'posts', name)
const [, year, month, day, slug] = /^(\d{4})-(\d\d)-(\d\d)-(.+)\.md$/.exec(name) ?? []
const postPath = `${year}/${month}/${day}/${slug}/`
const original = readFileSync(file, 'utf8')

const started = Date.now()
const server = startDevServer({ port: PORT, contentDir })
const results = { text: [], frontMatter: [], search: [], errorShown: [], recovered: [] }
let startup = 0
let stopOk = false
let left = []
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] })
try {
  await server.ready(600_000)
  startup = Date.now() - started
  const page = await browser.newPage()
  await page.goto(server.url + postPath)
  await page.waitForSelector('h1')
  await page.evaluate(() => Object.assign(window, { benchMark: 1 }))

  // The dev runner prints "Search index: rebuilding" when an index build starts and "Search index: N posts, …"
  // when it has written the files `next dev` serves.
  const count = (text, pattern) => (text.match(pattern) ?? []).length
  const STARTED = /^Search index: rebuilding$/gm
  const DONE = /^Search index: \d+ posts?,/gm
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  /** Milliseconds from `edit()` to `until` holding in the page, and to the end of the first index build started after it. */
  const measure = async (edit, until, withSearch) => {
    const from = server.output().length
    const t0 = performance.now()
    edit()
    const shown = page.waitForFunction(until.fn, until.arg, { polling: 25, timeout: 120_000 }).then(() => performance.now() - t0)
    const indexed = withSearch
      ? (async () => {
          for (;;) {
            const since = server.output().slice(from)
            const started = since.search(STARTED)
            if (started !== -1 && count(since.slice(started), DONE) > 0) return performance.now() - t0
            await sleep(50)
          }
        })()
      : Promise.resolve(undefined)
    return Promise.all([shown, indexed])
  }
  /** Each edit is measured with no index build running or about to start (the runner waits 1 s before one). */
  const settle = async () => {
    for (;;) {
      const before = server.output()
      await sleep(1500)
      const after = server.output()
      const last = [...after.matchAll(STARTED)].at(-1)?.index
      if (after === before && (last === undefined || count(after.slice(last), DONE) > 0)) return
    }
  }

  for (let round = 1; round <= ROUNDS; round++) {
    const marker = `benchtext${round}x${Date.now().toString(36)}`
    await settle()
    const [shown, indexed] = await measure(
      () => writeFileSync(file, `${original}\nA paragraph added by the benchmark: ${marker}.\n`),
      { fn: (word) => document.body.innerText.includes(word), arg: marker },
      true,
    )
    results.text.push(shown)
    results.search.push(indexed)
    await settle()
    const title = `Retitled by the benchmark ${round}`
    const [titled] = await measure(
      () => writeFileSync(file, original.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)),
      { fn: (text) => document.querySelector('h1')?.textContent?.includes(text) ?? false, arg: title },
      false,
    )
    results.frontMatter.push(titled)
    await settle()
    const [broken] = await measure(
      () => writeFileSync(file, original.replace(/^title: .*$/m, (line) => `${line}\ntittle: misspelt`)),
      { fn: () => document.querySelector('nextjs-portal')?.shadowRoot?.textContent?.includes('field "tittle"') ?? false, arg: undefined },
      false,
    )
    results.errorShown.push(broken)
    const originalTitle = /^title: "(.*)"$/m.exec(original)?.[1] ?? ''
    const [fixed] = await measure(
      () => writeFileSync(file, original),
      { fn: (text) => !(document.querySelector('nextjs-portal')?.shadowRoot?.textContent?.includes('field "tittle"') ?? false) && document.querySelector('h1')?.textContent === text, arg: originalTitle },
      false,
    )
    results.recovered.push(fixed)
    console.log(`round ${round}: text ${shown.toFixed(0)} ms (search ${indexed?.toFixed(0)} ms), front matter ${titled.toFixed(0)} ms, error shown ${broken.toFixed(0)} ms, recovered ${fixed.toFixed(0)} ms`)
  }
  const code = await server.stop('SIGTERM')
  await new Promise((resolve) => setTimeout(resolve, 3000))
  left = server.leftovers()
  stopOk = code === 143 && left.length === 0
} finally {
  await browser.close()
  await server.cleanUp()
  writeFileSync(file, original)
  // The dev server wrote the scratch posts into .content/, .contentlayer/ and public/search/: put the project's own back.
  execFileSync(process.execPath, ['scripts/build.mjs', 'dev'], { cwd: join(HERE, '..'), stdio: 'inherit' })
}

const row = (label, list) => (list.length === 0 ? `| ${label} | – | – | – | 0 |` : `| ${label} | ${(median(list) ?? 0).toFixed(0)} | ${Math.min(...list).toFixed(0)} | ${Math.max(...list).toFixed(0)} | ${list.length} |`)
const cpu = cpus()
const section = `<!-- dev-loop:start (written by npm run bench:dev) -->
Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${POSTS} posts (bench/markdown-posts.mjs, seed 42), ${ROUNDS} rounds.
Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${osType()} ${release()}, Node ${process.version}.
Load average (1 / 5 / 15 min): ${loadBefore} before, ${load()} after. Dev server ready in ${(startup / 1000).toFixed(1)} s (content, search index, \`next dev\`, first page).

| edit → shown in the open tab (ms) | median | min | max | runs |
| --- | --- | --- | --- | --- |
${row('post text (a paragraph added)', results.text)}
${row('search index rebuilt with that edit and served', results.search.filter((n) => n !== undefined))}
${row('front matter (title changed)', results.frontMatter)}
${row('front-matter error shown (overlay names file and field)', results.errorShown)}
${row('error fixed → page back', results.recovered)}

SIGTERM to the runner: ${stopOk ? 'exit 143, no process of the run left' : `NOT clean: ${left.length} left: ${left.join('; ')}`}.
<!-- dev-loop:end -->`

const resultsFile = join(HERE, 'RESULTS.md')
const before = readFileSync(resultsFile, 'utf8')
const block = /<!-- dev-loop:start[\s\S]*?<!-- dev-loop:end -->/
writeFileSync(resultsFile, block.test(before) ? before.replace(block, section) : `${before.trimEnd()}\n\n## Dev loop (\`npm run bench:dev\`)\n\n${section}\n`)
console.log(section)
if (!stopOk) process.exit(1)
