// One corpus's results as a Markdown table (bench/RESULTS.md quotes these).
/** kB here are 1,024 bytes, in every table the benchmarks print. */
export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
const ms = (value) => `${value.toFixed(1)} ms`

export function table({ size, queries, cold, pressroom, pagefind }) {
  const rows = [
    ['Build time', (e) => `${(e.build.buildMs / 1000).toFixed(1)} s`],
    ['Index on disk, raw', (e, n) => kB(n === 'pressroom' ? e.build.sizes.raw : e.build.total.bytes)],
    ['Index on disk, gzip', (e, n) => kB(n === 'pressroom' ? e.build.sizes.gzip : e.build.total.gzip)],
    ['Files', (e, n) => String(n === 'pressroom' ? e.build.sizes.files : e.build.total.files)],
    ['Shards / index chunks, p50 / p95 (gzip as sent)', (e, n) => (n === 'pressroom' ? `${e.build.shardCount}: ${kB(e.build.sizes.shards.gzipP50)} / ${kB(e.build.sizes.shards.gzipP95)}` : `${e.build.indexChunks.count}: ${kB(e.build.indexChunks.p50)} / ${kB(e.build.indexChunks.p95)}`)],
    [`Downloaded before first results, p50 / p95 (cold, ${cold} queries)`, (e) => `${kB(e.browser.cold.bytes.p50)} / ${kB(e.browser.cold.bytes.p95)}`],
    ['… with snippets of the 10 results, p50 / p95', (e) => `${kB(e.browser.cold.bytesWithSnippets.p50)} / ${kB(e.browser.cold.bytesWithSnippets.p95)}`],
    ['Requests before first results, p50', (e) => String(e.browser.cold.requests.p50)],
    ['Cold: first query → results rendered, p50 / p95', (e) => `${ms(e.browser.cold.ms.p50)} / ${ms(e.browser.cold.ms.p95)}`],
    ['Cold: … with snippets, p50 / p95', (e) => `${ms(e.browser.cold.msWithSnippets.p50)} / ${ms(e.browser.cold.msWithSnippets.p95)}`],
    [`Warm query → results rendered, p50 / p95 (${queries} queries)`, (e) => `${ms(e.browser.warm.ms.p50)} / ${ms(e.browser.warm.ms.p95)}`],
    ['Warm … with snippets, p50 / p95', (e) => `${ms(e.browser.warm.msWithSnippets.p50)} / ${ms(e.browser.warm.msWithSnippets.p95)}`],
    [`Typing (${cold} queries, a key at a time): each keystroke → results, p50 / p95`, (e) => (e.browser.typing ? `${ms(e.browser.typing.keystrokes.p50)} / ${ms(e.browser.typing.keystrokes.p95)}` : '–')],
    ['Typing: … after the first keystroke, p50 / p95', (e) => (e.browser.typing ? `${ms(e.browser.typing.laterKeystrokes.p50)} / ${ms(e.browser.typing.laterKeystrokes.p95)}` : '–')],
    ['Typing: downloaded for the whole query, p50 / p95', (e) => (e.browser.typing ? `${kB(e.browser.typing.bytes.p50)} / ${kB(e.browser.typing.bytes.p95)}` : '–')],
    ['Main-thread long tasks: count / > 50 ms / longest', (e) => `${e.browser.longTasks.count} / ${e.browser.longTasks.over50} / ${ms(e.browser.longTasks.max)}`],
    [`MRR@10, all ${queries} (title / heading)`, (e) => `${e.browser.mrr.all.toFixed(3)} (${e.browser.mrr.title.toFixed(3)} / ${e.browser.mrr.heading.toFixed(3)})`],
    ['Found in top 10', (e) => `${e.browser.mrr.found} / ${e.browser.mrr.n}`],
  ]
  return [
    `| ${size.toLocaleString('en')} posts | Pagefind | Pressroom |`,
    '|---|---|---|',
    ...rows.map(([label, cell]) => `| ${label} | ${cell(pagefind, 'pagefind')} | ${cell(pressroom, 'pressroom')} |`),
  ].join('\n')
}
