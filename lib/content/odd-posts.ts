/**
 * The odd posts a hostile or careless author writes, each with the outcome the build must give it.
 * Fixture files keep safe names (any checkout can hold them); `as` is the name the test gives the post.
 */
export type OddPost =
  | { fixture: string; as: string; outcome: 'built'; url: string; warns?: string }
  | { fixture: string; as: string; outcome: 'refused'; field: string; says: string }

export const BUILT: readonly OddPost[] = [
  { fixture: 'year-one.md', as: '2020-02-02-year-one.md', outcome: 'built', url: '/0001/01/01/year-one/' },
  { fixture: 'far-future.md', as: '2020-02-03-far-future.md', outcome: 'built', url: '/9999/12/31/far-future/' },
  { fixture: 'ampersand.md', as: '2020-02-04-a&b.md', outcome: 'built', url: '/2020/02/04/a&b/' },
  {
    fixture: 'payload.md', as: '2020-02-05-payload.md', outcome: 'built', url: '/2020/02/05/payload/',
    warns: 'removed from the post\'s HTML: inline <script>, <script src="https://evil.example/x.js">, inline <style>, <meta http-equiv="refresh">, <base href="https://evil.example/">, <link href="https://evil.example/x.css">, <form>, onerror on <img>, href="javascript:alert(1)" on <a>, style "position" on <div>, style "inset" on <div>, style "z-index" on <div>',
  },
  { fixture: 'unicode-name.md', as: '2020-02-06-über-straße.md', outcome: 'built', url: '/2020/02/06/über-straße/' },
  { fixture: 'cjk.md', as: '2020-02-07-cjk.md', outcome: 'built', url: '/2020/02/07/cjk/' },
  { fixture: 'raw-closed.md', as: '2020-02-08-raw-closed.md', outcome: 'built', url: '/2020/02/08/raw-closed/' },
  { fixture: 'nested-ok.md', as: '2020-02-09-nested-ok.md', outcome: 'built', url: '/2020/02/09/nested-ok/' },
]

/** Refused before Contentlayer reads anything: the file itself is the problem. */
export const REFUSED_FILES: readonly OddPost[] = [
  { fixture: 'upper-ext.md', as: '2020-03-08-upper-ext.MD', outcome: 'refused', field: '(file name)', says: 'rename it to 2020-03-08-upper-ext.md' },
  { fixture: 'ext-markdown.md', as: '2020-03-01-ext.Markdown', outcome: 'refused', field: '(file name)', says: 'rename it to 2020-03-01-ext.md' },
  { fixture: 'html-post.md', as: '2020-03-02-page.html', outcome: 'refused', field: '(file name)', says: 'rename it to 2020-03-02-page.md' },
  { fixture: 'crlf.md', as: '2020-03-03-crlf.md', outcome: 'refused', field: '(front matter)', says: 'Windows (CRLF) line ends' },
  { fixture: 'dots-end.md', as: '2020-03-04-dots-end.md', outcome: 'refused', field: '(front matter)', says: 'ends with "..."' },
  { fixture: 'quote-name.md', as: "2020-03-05-it's.md", outcome: 'refused', field: '(file name)', says: `the name holds "'"` },
  { fixture: 'angle-name.md', as: '2020-03-06-a<b>.md', outcome: 'refused', field: '(file name)', says: 'the name holds "<" ">"' },
  { fixture: 'case-a.md', as: '2020-03-07-Case.md', outcome: 'refused', field: '(file name)', says: 'only in letter case' },
  { fixture: 'case-b.md', as: '2020-03-07-case.md', outcome: 'refused', field: '(file name)', says: 'only in letter case' },
]

/** Read, then refused by a field check or the Markdown chain. */
export const REFUSED_CONTENT: readonly OddPost[] = [
  { fixture: 'permalink-search.md', as: '2020-04-01-search.md', outcome: 'refused', field: 'permalink', says: "URL /search/ belongs to the site's /search/ pages" },
  { fixture: 'permalink-tag.md', as: '2020-04-02-tag.md', outcome: 'refused', field: 'permalink', says: "URL /tags/docker/ belongs to the site's /tags/ pages" },
  { fixture: 'permalink-home.md', as: '2020-04-03-home.md', outcome: 'refused', field: 'permalink', says: 'URL / belongs to the home page' },
  { fixture: 'permalink-feed.md', as: '2020-04-04-feed.md', outcome: 'refused', field: 'permalink', says: "URL /feed.xml/ belongs to the site's feed.xml" },
  { fixture: 'permalink-dotdot.md', as: '2020-04-05-dotdot.md', outcome: 'refused', field: 'permalink', says: 'has a "." or ".." segment' },
  { fixture: 'permalink-dot.md', as: '2020-04-06-dot.md', outcome: 'refused', field: 'permalink', says: 'has a "." or ".." segment' },
  { fixture: 'title-empty.md', as: '2020-04-07-title-empty.md', outcome: 'refused', field: 'title', says: 'is empty' },
  { fixture: 'title-null.md', as: '2020-04-08-title-null.md', outcome: 'refused', field: 'title', says: 'is empty' },
  { fixture: 'raw-unclosed.md', as: '2020-04-09-raw-unclosed.md', outcome: 'refused', field: 'body', says: '"{% raw %}" on line 5 is never closed' },
  { fixture: 'nested-deep.md', as: '2020-04-10-nested-deep.md', outcome: 'refused', field: 'body', says: 'nested 5000 levels deep, more than 100' },
]
