// Deterministic generator of engineering-blog posts for the search benchmark.
// Usage: [BENCH_SEED=s] node bench/corpus.mjs 1000 [10000 …]   → bench/.corpus/<n>[-seed<s>]/{records.json,queries.json,site/}
// `site/` holds one static page per post for Pagefind; records.json holds what buildSearchFiles takes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import GithubSlugger from 'github-slugger'
import { FIRST_NAMES, FUNCTION_WORDS, GENERAL, LAST_NAMES, TAGS, TECH, tailWord } from './vocabulary.mjs'
import { knownItemQueries } from './queries.mjs'

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '.corpus')

/** mulberry32: small, fast and the same on every machine. */
export function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Samples ranks 0..size-1 with probability ∝ 1/(rank+q)^s (Zipf–Mandelbrot), by binary search. */
function zipf(rand, size, s = 1.05, q = 2.7) {
  const cumulative = new Float64Array(size)
  let total = 0
  for (let r = 0; r < size; r++) cumulative[r] = total += 1 / Math.pow(r + q, s)
  return () => {
    const x = rand() * total
    let lo = 0
    let hi = size - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid] < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

function shuffled(rand, list) {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1)

const TITLES = [
  (t) => `How we migrated ${t[0]} to ${t[1]} ${t[3]}`,
  (t) => `Debugging ${t[0]} ${t[1]} in ${t[3]}`,
  (t) => `${capitalize(t[0])} at scale: lessons from ${t[3]}`,
  (t) => `Why our ${t[0]} ${t[2]} was slow, and how ${t[3]} fixed it`,
  (t) => `Building ${t[3]}: a ${t[0]} for ${t[1]}`,
  (t) => `Cutting ${t[1]} ${t[2]} by half with ${t[3]}`,
  (t) => `${capitalize(t[3])} and the ${t[0]} ${t[1]} problem`,
  (t) => `What we learned running ${t[0]} ${t[2]} on ${t[3]}`,
]
const HEADINGS = [
  () => `Background`, (t) => `The ${t[0]} problem`, (t) => `Measuring ${t[1]} ${t[2]}`, () => `Results`,
  (t) => `Why ${t[4]} ${t[0]} mattered`, (t) => `Rolling out ${t[3]} ${t[4]}`, () => `Lessons learned`,
  (t) => `A closer look at ${t[2]} ${t[4]}`, (t) => `Designing the ${t[1]} ${t[3]} layer`, () => `What's next`,
  (t) => `Tuning ${t[4]} for ${t[1]}`, (t) => `When ${t[0]} ${t[2]} breaks`,
]

/** N posts, newest first, the same for the same seed. */
export function generatePosts(count, seed = 42) {
  const rand = random(seed)
  const head = shuffled(rand, [...TECH, ...GENERAL])
  const rankSize = head.length + 60_000
  const wordAt = (rank) => (rank < head.length ? head[rank] : tailWord(rank - head.length))
  const globalRank = zipf(rand, rankSize, 1.15)
  const techRank = zipf(rand, TECH.length, 1.0)
  const tailRank = zipf(rand, 60_000, 0.9, 50)
  const tagRank = zipf(rand, TAGS.length, 0.9)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
  const authors = Array.from({ length: 48 }, (_, i) => `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`)
  const authorRank = zipf(rand, authors.length, 0.8)
  const urls = new Set()
  const start = Date.UTC(2012, 0, 1)
  const span = Date.UTC(2026, 10, 1) - start

  return Array.from({ length: count }, () => {
    // A post's own vocabulary: three technical topic words and two project names of its own.
    const techs = new Set()
    while (techs.size < 3) techs.add(TECH[techRank()])
    const topic = [...techs, tailWord(tailRank()), tailWord(tailRank())]
    const word = () => {
      const x = rand()
      if (x < 0.08) return topic[Math.floor(rand() * topic.length)]
      if (x < 0.38) return pick(FUNCTION_WORDS)
      return wordAt(globalRank())
    }
    const sentence = () => `${capitalize(Array.from({ length: between(6, 20) }, word).join(' '))}.`
    const paragraph = () => {
      const text = Array.from({ length: between(2, 5) }, sentence).join(' ')
      return rand() < 0.25 ? text.replace(/ (\w+)\./, ' <code>$1()</code>.') : text
    }
    const code = () => {
      const names = [topic[3], topic[4], word(), topic[0]].map((w) => w.replace(/\W/g, ''))
      return [`func ${names[0]}${capitalize(names[1])}(ctx context.Context) error {`, `  ${names[2]} := ${names[3]}.New(cfg.${capitalize(names[1])})`,
        `  if err := ${names[2]}.Start(ctx); err != nil {`, `    return fmt.Errorf("start ${names[0]}: %w", err)`, '  }', '  return nil', '}'].join('\n')
    }
    const title = pick(TITLES)(topic)
    const slugger = new GithubSlugger()
    let slug = slugger.slug(title)
    for (let n = 2; urls.has(`/blog/${slug}/`); n++) slug = `${slugger.slug(title)}-${n}`
    const url = `/blog/${slug}/`
    urls.add(url)
    const parts = [`<p>${paragraph()}</p>`]
    const headings = []
    for (const make of shuffled(rand, HEADINGS).slice(0, between(3, 7))) {
      const level = headings.length > 0 && rand() < 0.3 ? 3 : 2
      const text = make(topic)
      const id = slugger.slug(text)
      headings.push({ id, text })
      parts.push(`<h${level} id="${id}">${escapeHtml(text)}<a class="heading-anchor" href="#${id}" aria-hidden="true">#</a></h${level}>`)
      for (let p = between(1, 4); p > 0; p--) parts.push(`<p>${paragraph()}</p>`)
      if (rand() < 0.35) parts.push(`<pre class="shiki"><code class="language-go">${escapeHtml(code())}</code></pre>`)
    }
    const tags = [...new Set(Array.from({ length: between(1, 4) }, () => TAGS[tagRank()]))]
    const postAuthors = [...new Set(Array.from({ length: rand() < 0.15 ? 2 : 1 }, () => authors[authorRank()]))]
    const date = new Date(start + Math.floor(rand() * span)).toISOString().slice(0, 10)
    return { url, title, date, tags, authors: postAuthors, headings, html: parts.join('\n') }
  }).sort((a, b) => b.date.localeCompare(a.date))
}

/** The static page Pagefind indexes: the post's article inside data-pagefind-body, as the site renders it. */
export function pageHtml(post) {
  const byline = `${post.authors.join(', ')} · ${post.date} · ${post.tags.join(', ')}`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(post.title)}</title></head>
<body><header><a href="/">Engineering blog</a></header><main data-pagefind-body><article><h1>${escapeHtml(post.title)}</h1>
<p class="byline">${escapeHtml(byline)}</p>
${post.html}
</article></main><footer>© Example</footer></body></html>\n`
}

/** The corpus seed: BENCH_SEED, else 42 (the seed bench/RESULTS.md's main tables use). */
export const SEED = Number(process.env.BENCH_SEED ?? 42)

/** Where a corpus lives: `<n>` for seed 42, `<n>-seed<s>` for any other. */
export const corpusName = (count, seed = SEED) => (seed === 42 ? String(count) : `${count}-seed${seed}`)

export function writeCorpus(count, seed = SEED) {
  const dir = join(CORPUS_DIR, corpusName(count, seed))
  rmSync(dir, { recursive: true, force: true })
  const posts = generatePosts(count, seed)
  for (const post of posts) {
    const file = join(dir, 'site', post.url, 'index.html')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, pageHtml(post))
  }
  const records = posts.map(({ url, title, date, tags, authors, html }) => ({ url, title, date, tags, authors, html }))
  writeFileSync(join(dir, 'records.json'), JSON.stringify(records))
  writeFileSync(join(dir, 'queries.json'), JSON.stringify(knownItemQueries(posts, seed), null, 1))
  return dir
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const arg of process.argv.slice(2)) {
    const started = Date.now()
    console.log(`corpus ${arg}: ${writeCorpus(Number(arg))} (${Date.now() - started} ms)`)
  }
}
