// The generated corpus (bench/corpus.mjs) as Markdown posts in Jekyll's file shape, for benchmarks and checks
// that build a whole site: the same posts, titles, dates, tags and authors the search benchmarks use.
// Usage: node bench/markdown-posts.mjs <count> <posts-dir> [seed]
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatePosts, SEED } from './corpus.mjs'

const unescapeHtml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')

/** The generator's HTML blocks (paragraphs, headings with anchors, Go code) written back as Markdown. */
export function markdownBody(html) {
  return html
    .replace(/<h([23]) id="[^"]*">(.*?)<a class="heading-anchor"[^>]*>#<\/a><\/h\1>/g, (_, level, text) => `${'#'.repeat(Number(level))} ${unescapeHtml(text)}\n`)
    .replace(/<pre class="shiki"><code class="language-(\w+)">([\s\S]*?)<\/code><\/pre>/g, (_, lang, code) => `\`\`\`${lang}\n${unescapeHtml(code)}\n\`\`\`\n`)
    .replace(/<p>([\s\S]*?)<\/p>/g, (_, text) => `${text.replace(/<code>(.*?)<\/code>/g, '`$1`')}\n`)
}

const yamlString = (text) => JSON.stringify(text)

/** One post file: `YYYY-MM-DD-<slug>.md` with title, date, tags and author(s). */
export function markdownPost(post) {
  const slug = post.url.split('/').filter(Boolean).at(-1)
  const authors = post.authors.length === 1 ? `author: ${yamlString(post.authors[0])}` : `authors: [${post.authors.map(yamlString).join(', ')}]`
  const text = [
    '---',
    `title: ${yamlString(post.title)}`,
    `date: ${post.date} 09:00:00 +0000`,
    `tags: [${post.tags.join(', ')}]`,
    authors,
    '---',
    '',
    markdownBody(post.html),
  ].join('\n')
  return { name: `${post.date}-${slug}.md`, text }
}

/** Writes `count` posts into `postsDir`; returns the file names. */
export function writeMarkdownPosts(count, postsDir, seed = SEED) {
  mkdirSync(postsDir, { recursive: true })
  return generatePosts(count, seed).map((post) => {
    const { name, text } = markdownPost(post)
    writeFileSync(join(postsDir, name), text)
    return name
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count, dir, seed] = process.argv.slice(2)
  if (!count || !dir) {
    console.error('Usage: node bench/markdown-posts.mjs <count> <posts-dir> [seed]')
    process.exit(2)
  }
  const names = writeMarkdownPosts(Number(count), dir, seed === undefined ? SEED : Number(seed))
  console.log(`${names.length} posts in ${dir}`)
}
