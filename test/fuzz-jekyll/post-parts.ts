import fc from 'fast-check'
import { listText, phrase, scalarText, word } from './yaml-forms'

/**
 * The pieces of one generated Jekyll post: its file name, and its front matter entries as YAML text.
 * Every choice is one Jekyll 4.3 builds (a date Ruby's Time.parse refuses stops Jekyll's whole build, so
 * those are left out): the harness looks for what Jekyll publishes and Pressroom does not, and back.
 */

/** Where the post lives in its site: `_posts/`, a folder below it, or a `<dir>/_posts/` (categories). */
export type Place = { kind: 'posts' } | { kind: 'sub'; sub: string } | { kind: 'dir'; dir: string }

const place: fc.Arbitrary<Place> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Place>({ kind: 'posts' }) },
  { weight: 1, arbitrary: fc.constantFrom('2019', 'drafts-old', 'misc').map((sub): Place => ({ kind: 'sub', sub })) },
  { weight: 1, arbitrary: fc.constantFrom('news', 'de/news', 'Engineering').map((dir): Place => ({ kind: 'dir', dir })) },
)

/** File-name dates: zero-padded or not, leap days, far past, future (published only with `future: true`). */
const fileDate = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('2020-01-02', '2016-02-29', '2019-12-31', '2021-07-04') },
  { weight: 1, arbitrary: fc.constantFrom('2019-2-3', '1999-09-09', '2099-01-01', '2020-1-05') },
)

/** Characters Jekyll keeps in a post's URL, trailing dots it drops, letters beyond ASCII. */
const oddSlugPart = fc.constantFrom("it's", 'a+b', '(x)', '[y]', 'hash-#1', 'two words', '100%', 'café', '日本', 'end.', 'c++', 'a!b', 'x,y', '……')
const slugPart = fc.oneof({ weight: 8, arbitrary: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join('-')) }, { weight: 1, arbitrary: oddSlugPart })

const extension = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('.md', '.markdown') },
  { weight: 1, arbitrary: fc.constantFrom('.mkd', '.mkdn', '.mdown', '.mkdown', '.html', '.MD') },
)

export type PostName = { place: Place; date: string; slug: string; ext: string }
export const postName: fc.Arbitrary<PostName> = fc.record({ place, date: fileDate, slug: slugPart, ext: extension })

/** `date:` as authors write it, each a form Time.parse (or YAML's own timestamp) reads. */
const dateValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(' 2020-03-04', ' 2020-03-04 10:20:30', ' 2020-03-04 10:20:30 +0530', ' 2020-03-04T23:30:00Z', ' 2020-03-04 23:30:00 -07:00') },
  { weight: 2, arbitrary: fc.constantFrom(" '2020-03-04 10:20'", ' "Jan 5 2020"', " '5 January 2020 10:00'", ' 2020/03/04', " '2020-03-04 10:20:30 PST'") },
  { weight: 1, arbitrary: fc.constantFrom(' "Wed, 04 Mar 2020 10:20:30 GMT"', ' 2020-03-04 (Wednesday)', ' 2020-03-04 10:20:30.123 +0000', ' "March 4, 2020"', ' 2098-06-01 12:00:00') },
)

/** Titles with the characters that decide a YAML style: colons, hashes, quotes, ampersands, accents. */
const title = fc.oneof(
  { weight: 4, arbitrary: phrase(1, 5) },
  { weight: 1, arbitrary: fc.tuple(phrase(1, 3), fc.constantFrom(': a colon', ' #7', " it's", ' "quoted"', ' & more', ' — café', ' [draft]', ' 100%'), phrase(0, 2)).map(([a, b, c]) => `${a}${b} ${c}`.trim()) },
)

const categoryName = fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom('Two Words', 'UPPER', '2020', 'c++', 'über') })
const categories = fc.array(categoryName, { minLength: 0, maxLength: 3 })

/**
 * Placeholder patterns, each keeping the post's own name in the URL. Each ends in `/` or an extension: Jekyll
 * writes `/a/b` as `a/b.html`, which the shared measure (like a plain static host) does not serve at `/a/b`.
 */
export const permalinkPattern = fc.constantFrom(
  '/:categories/:year/:title/', '/blog/:slug.html', '/:year/:i_month/:i_day/:title:output_ext', '/:short_year/:y_day/:name/',
  '/:slugified_categories/:title/', '/:year/:week/:title.html', '/:title/', '/:month-:day-:year/:title/',
)
/** A site's style: a name (which only `_config.yml` and `defaults` read as a style) or a pattern. */
export const permalinkStyle = fc.oneof(fc.constantFrom('date', 'pretty', 'ordinal', 'none', 'weekdate'), permalinkPattern)

/** One front-matter entry: `[key, text after the colon]`. `token` keeps fixed permalinks and slugs unique. */
export function frontMatterEntries(token: string): fc.Arbitrary<[string, string][]> {
  const entry = (key: string, text: fc.Arbitrary<string>) => text.map((t): [string, string] => [key, t])
  return fc
    .record(
      {
        title: title.chain((t) => entry('title', scalarText(t))),
        date: entry('date', dateValue),
        categories: fc.oneof(
          categories.chain((c) => entry('categories', listText(c, true))),
          categoryName.chain((c) => entry('category', scalarText(c))),
        ),
        tags: categories.chain((c) => entry('tags', listText(c, true))),
        permalink: fc.oneof(
          // A post's own `permalink: pretty` is a literal URL in Jekyll, the same for every post: patterns only here.
          permalinkPattern.chain((p) => entry('permalink', scalarText(p))),
          word.chain((w) => entry('permalink', fc.constantFrom(` /${token}/${w}/`, ` /${token}-${w}.html`, ` "/${token}/${w}/"`))),
        ),
        slug: word.chain((w) => entry('slug', scalarText(`${token}-${w}`))),
        published: entry('published', fc.constantFrom(' false', ' true', ' "false"', ' no')),
        excerpt: phrase(2, 6).chain((e) => entry('excerpt', scalarText(e))),
        layout: entry('layout', fc.constantFrom(' post', ' default', ' "post"')),
      },
      { requiredKeys: [] },
    )
    .map((r) => Object.values(r).filter((e): e is [string, string] => e !== undefined))
}
