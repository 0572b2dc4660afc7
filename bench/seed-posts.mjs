// Posts made from the seed post (content/posts/…-container-days-in-boston.md), the corpus issue 25's side-by-side
// targets are stated for: the seed's body, each post with its own title and date, three of fifteen tags and one
// of six authors. Plain Markdown in Jekyll's file shape, so Jekyll, Hugo and Pressroom read the same files.
// Usage: node bench/seed-posts.mjs <count> <posts-dir> [seed]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { random, SEED } from './corpus.mjs'

const SEED_POST = fileURLToPath(new URL('../content/posts/2016-06-20-container-days-in-boston.md', import.meta.url))

export const SEED_TAGS = ['devops', 'docker', 'aws', 'kubernetes', 'go', 'java', 'security', 'testing', 'databases', 'networking', 'frontend', 'observability', 'ci', 'performance', 'culture']
export const SEED_AUTHORS = ['Dale Ragan', 'Campbell Concur', 'Weiteng Huang', 'Ray Tsang', 'Beth Parizeau', 'Shannon Williams']
const SUBJECTS = ['Containers', 'Schedulers', 'Clusters', 'Pipelines', 'Deploys', 'Registries', 'Services', 'Queues', 'Caches', 'Builds']
const PLACES = ['Boston', 'Seattle', 'Berlin', 'Austin', 'Dublin', 'Tokyo', 'Toronto', 'Lisbon']

/** The seed post's body: everything after its front matter. */
export function seedBody(text = readFileSync(SEED_POST, 'utf8')) {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)
  return match ? text.slice(match[0].length) : text
}

const pad = (n) => String(n).padStart(2, '0')

/** `count` posts as { name, text }, one a day backwards from 2026-06-01, the same for the same seed. */
export function seedPosts(count, seed = SEED, body = seedBody()) {
  const rand = random(seed)
  const pick = (list) => list[Math.floor(rand() * list.length)] ?? list[0]
  const first = Date.UTC(2026, 5, 1)
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(first - i * 86_400_000)
    const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`
    const title = `${pick(SUBJECTS)} Days in ${pick(PLACES)} ${count - i}`
    const tags = new Set()
    while (tags.size < 3) tags.add(pick(SEED_TAGS))
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    const text = ['---', `title: ${JSON.stringify(title)}`, `date: ${date} 09:00:00 +0000`, `tags: [${[...tags].join(', ')}]`, `author: ${JSON.stringify(pick(SEED_AUTHORS))}`, '---', '', body].join('\n')
    return { name: `${date}-${slug}.md`, text }
  })
}

/** Writes `count` seed posts into `postsDir`; returns the file names. */
export function writeSeedPosts(count, postsDir, seed = SEED) {
  mkdirSync(postsDir, { recursive: true })
  return seedPosts(count, seed).map(({ name, text }) => {
    writeFileSync(join(postsDir, name), text)
    return name
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count, dir, seed] = process.argv.slice(2)
  if (!count || !dir) {
    console.error('Usage: node bench/seed-posts.mjs <count> <posts-dir> [seed]')
    process.exit(2)
  }
  console.log(`${writeSeedPosts(Number(count), dir, seed === undefined ? SEED : Number(seed)).length} posts in ${dir}`)
}
