// The search benchmark's generated posts (bench/corpus.mjs, deterministic by seed) as Markdown files with
// Jekyll front matter, the way an author writes them: for benchmarks that run the real content pipeline
// (`npm run bench:dev`). Usage: node bench/markdown-corpus.mjs <dir> <count> [seed]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatePosts } from './corpus.mjs'

const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')

/** The generator's HTML body (paragraphs, h2/h3 with anchors, Go code) as Markdown. */
export function markdownBody(html) {
  return html
    .split(/\n(?=<(?:p|h[23]|pre)[ >])/)
    .map((block) =>
      block
        .replace(/^<h([23]) id="[^"]*">(.*?)<a class="heading-anchor"[^>]*>#<\/a><\/h[23]>$/, (_, level, text) => `${'#'.repeat(Number(level))} ${unescape(text)}`)
        .replace(/^<pre class="shiki"><code class="language-go">([\s\S]*?)<\/code><\/pre>$/, (_, code) => `\`\`\`go\n${unescape(code)}\n\`\`\``)
        .replace(/^<p>([\s\S]*?)<\/p>$/, (_, text) => text.replace(/<code>(.*?)<\/code>/g, '`$1`')),
    )
    .join('\n\n')
}

/** One post file: `{ name, text }`, named YYYY-MM-DD-slug.md. */
export function markdownPost(post) {
  const slug = post.url.split('/').filter(Boolean).pop()
  const author = post.authors.length === 1 ? JSON.stringify(post.authors[0]) : JSON.stringify(post.authors)
  const front = [`title: ${JSON.stringify(post.title)}`, `date: ${post.date}`, `tags: ${JSON.stringify(post.tags)}`, `author: ${author}`].join('\n')
  return { name: `${post.date}-${slug}.md`, text: `---\n${front}\n---\n\n${markdownBody(post.html)}\n` }
}

/** Writes `count` posts into `<dir>/posts/` (replacing what was there); returns their file names, newest first. */
export function writeMarkdownCorpus(dir, count, seed = 42) {
  rmSync(join(dir, 'posts'), { recursive: true, force: true })
  mkdirSync(join(dir, 'posts'), { recursive: true })
  return generatePosts(count, seed).map((post) => {
    const { name, text } = markdownPost(post)
    writeFileSync(join(dir, 'posts', name), text)
    return name
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count, seed] = process.argv.slice(2)
  if (!dir || !count) throw new Error('usage: node bench/markdown-corpus.mjs <dir> <count> [seed]')
  console.log(`${writeMarkdownCorpus(dir, Number(count), seed === undefined ? 42 : Number(seed)).length} posts → ${join(dir, 'posts')}`)
}
