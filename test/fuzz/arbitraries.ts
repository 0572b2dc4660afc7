import fc from 'fast-check'

/**
 * Generated posts as a careless or hostile author writes them: odd file names, front matter with every
 * kind of value the schema takes (empty, too early, too late, colliding with a site page), and bodies
 * mixing prose with deep nesting, long words, text without spaces, raw HTML payloads and Liquid.
 */

export type GeneratedPost = { name: string; frontMatter: Record<string, unknown>; body: string; crlf: boolean; dotsEnd: boolean }

/** A paragraph every body starts with: if the post builds, this text must be in its HTML. */
export const MARKER = 'Fuzzmarker paragraph.'

const NAME_CHARS = [...'abcxyzABC019-_.~()&+,;=@', ' ', "'", '"', '<', '>', '?', '#', '%', '\\', '`', '[', ']', ':', 'ü', 'ß', '日', '本', '\t']
const nameChar = fc.constantFrom(...NAME_CHARS)
const safeChar = fc.constantFrom(...'abcdefxyz0129-')
// Mostly names an author would write, a quarter of them odd: both sides of the invariant get exercised.
const slug = fc
  .oneof({ weight: 3, arbitrary: fc.array(safeChar, { minLength: 1, maxLength: 16 }) }, { weight: 1, arbitrary: fc.array(nameChar, { minLength: 1, maxLength: 16 }) })
  .map((chars) => chars.join(''))
  .filter((s) => s.trim() !== '' && s !== '.' && s !== '..')
const extension = fc.oneof({ weight: 6, arbitrary: fc.constant('.md') }, { weight: 1, arbitrary: fc.constantFrom('.MD', '.Md', '.markdown', '.Markdown', '.html', '.mkd') })
const datePrefix = fc.oneof(fc.constant(''), fc.constantFrom('2020-01-01-', '0001-01-01-', '9999-12-31-', '2016-06-20-', '2020-13-40-'))

export const fileName = fc.tuple(datePrefix, slug, extension).map(([prefix, s, ext]) => `${prefix}${s}${ext}`)

const text = fc.string({ maxLength: 40 })
const titleValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('A post', 'Container Days in Boston') }, text, fc.constantFrom('', '   ', 'a & b <c> "d" \'e\'', '</script><script>alert(1)</script>', 'Ünïcödé 日本語', null))
const dateValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('2016-06-20', '2021-03-04 05:06', '2019-12-31 23:59:59 +0000') },
  fc.constantFrom('2016-06-20', '2016-06-20 10:30 -0700', '0001-01-01', '9999-12-31', '9999-12-31 23:59:59 +1400', '2020-02-30', 'next tuesday', '2020-13-01', ''),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
)
const segment = fc.oneof(fc.constantFrom('.', '..', 'search', 'tags', 'feed.xml', 'page', '2', 'a b', 'a?b', 'über', ':title', ':year', ':categories', ':nope'), fc.array(nameChar, { minLength: 1, maxLength: 8 }).map((c) => c.join('')))
const permalinkValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('/:year/:month/:day/:title/', '/blog/:title/', '/:categories/:title.html', 'pretty') },
  fc.constantFrom('/', '/search/', '/tags/docker/', '/feed.xml', '/a/../b/', '/./x/', '/:year/:title/', '/archive/', '/sitemap.xml'),
  fc.array(segment, { minLength: 0, maxLength: 4 }).map((parts) => `/${parts.join('/')}${parts.length > 0 ? '/' : ''}`),
)
const tagsValue = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.oneof(text, fc.constantFrom('a&b', '<c>', 'docker', 'C++')), { maxLength: 4 }) },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: fc.constant({ a: 1 }) },
)

export const frontMatter = fc.record(
  { title: titleValue, date: dateValue, permalink: permalinkValue, tags: tagsValue, trusted_html: fc.boolean() },
  { requiredKeys: ['title'] },
)

// Mostly within the nesting limit, sometimes far past it.
const depth = (max: number) => fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 60 }) }, { weight: 1, arbitrary: fc.integer({ min: 61, max }) })
const nestedList = depth(160).map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'))
const nestedQuote = depth(6000).map((n) => `${'> '.repeat(n)}quoted`)
const nestedHtml = depth(600).map((n) => `${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}`)
const longWord = fc.integer({ min: 30, max: 20_000 }).map((n) => 'w'.repeat(n))
const unspaced = fc.integer({ min: 1, max: 2_000 }).map((n) => '東京都に住んでいます'.repeat(n))
const payload = fc.constantFrom(
  '<script>alert(1)</script>', '<script src="https://evil.example/x.js"></script>', '<script src="https://gist.github.com/a/1.js"></script>',
  '<style>body{display:none}</style>', '<meta http-equiv="refresh" content="0;url=https://evil.example">', '<base href="https://evil.example/">',
  '<form action="https://evil.example"><input name="p"><button>Go</button></form>', '<img src="/../../../../dev/zero">', '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>', '<iframe src="https://www.youtube.com/embed/x"></iframe>', '<iframe src="https://evil.example/"></iframe>',
  '<div style="position:fixed;inset:0">x</div>', '<svg onload=alert(1)><script>1</script></svg>', '<details><summary>s</summary>d</details>',
  '<!-- more -->', '<table><tr><td>1</td></tr></table>', '<video controls src="/v.mp4"></video>',
)
const liquid = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('{{ site.title }}', '{{ site.baseurl }}/x.png', '{% raw %}{{ x }}{% endraw %}', '{{- site.url -}}') },
  { weight: 1, arbitrary: fc.constantFrom('{{ site.nope }}', '{% raw %}never closed') },
)
const markdown = fc.constantFrom('# Heading', '## Section', '- [ ] task\n- [x] done', 'A note.[^1]\n\n[^1]: The note.', '```js\nconst a = 1\n```', '```\nplain\n```', '| a | b |\n| - | - |\n| 1 | 2 |', '***', '> quote', '1. one\n2. two')

const fragment = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 3, arbitrary: markdown },
  { weight: 3, arbitrary: payload },
  { weight: 2, arbitrary: liquid },
  { weight: 1, arbitrary: nestedList },
  { weight: 1, arbitrary: nestedQuote },
  { weight: 1, arbitrary: nestedHtml },
  { weight: 1, arbitrary: longWord },
  { weight: 1, arbitrary: unspaced },
)

export const body = fc.array(fragment, { maxLength: 8 }).map((parts) => [MARKER, ...parts].join('\n\n'))

export const post: fc.Arbitrary<GeneratedPost> = fc.record({
  name: fileName,
  frontMatter,
  body,
  crlf: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  dotsEnd: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
})
