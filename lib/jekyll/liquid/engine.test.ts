import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IndexedPost } from '../post-index'
import { JekyllLiquid } from './engine'
import { unrenderableTags } from './known-tags'
import { LiquidRenderError } from './render-error'

const root = mkdtempSync(join(tmpdir(), 'pressroom-liquid-'))
const includesDir = join(root, '_includes')
const postsDir = join(root, 'posts')
mkdirSync(join(includesDir, 'parts'), { recursive: true })
mkdirSync(join(postsDir, '2016'), { recursive: true })
writeFileSync(join(includesDir, 'note.html'), '<aside>{{ include.text }} on {{ page.title }}</aside>')
writeFileSync(join(includesDir, 'parts', 'badge.html'), '[{{ include.label | upcase }}]')
writeFileSync(join(includesDir, 'plugin.html'), '{% tweetcard 42 %}')
writeFileSync(join(postsDir, '2016', 'snippet.txt'), 'beside {{ include.who }}')

const posts: IndexedPost[] = [
  { path: '2016/2016-06-20-boston.md', name: '2016-06-20-boston', url: '/2016/06/20/boston/', title: 'Boston', date: new Date('2016-06-20T17:00:00Z'), frontMatter: {} },
  { path: '2017-01-02-other.md', name: '2017-01-02-other', url: '/2017/01/02/other/', title: 'Other', date: new Date('2017-01-02T17:00:00Z'), frontMatter: {} },
]

const engine = new JekyllLiquid({
  includesDir,
  site: () => ({ title: 'Example', url: 'https://blog.example.com', baseurl: '', data: { team: [{ name: 'Ana', role: 'dev' }, { name: 'Bo', role: 'ops' }] }, posts }),
  posts: () => posts,
  liquidTags: { tweet: '<a href="https://twitter.com/i/status/{{ argv[0] }}">tweet {{ argv[0] }}</a>' },
  timeZone: 'America/Los_Angeles',
  markdownify: async (md) => `<p>${md.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>`,
  smartify: (text) => text.replace(/"([^"]*)"/g, '“$1”'),
})
const file = { file: 'posts/2016/2016-06-20-boston.md', dir: join(postsDir, '2016'), root: postsDir }
const render = async (source: string, page: Record<string, unknown> = { title: 'Boston' }) => (await engine.render(source, page, file)).output

describe('Liquid variables and control flow', () => {
  it('trims every blank, newlines included, beside {%- and -%}, as Ruby Liquid does (Jekyll 4.3 joins these lines)', async () => {
    expect(await render('xenon\n\n{%- if true -%} trimmed {%- endif -%}\n\n<p>raw</p>')).toBe('xenontrimmed<p>raw</p>')
    expect(await render('xenon\n\n{% if true %} kept {% endif %}\n\nend')).toBe('xenon\n\n kept \n\nend')
  })
  it('reads site, site.data and page values, and loops, branches and assigns over them', async () => {
    expect(await render('{{ site.title }} / {{ page.title }}')).toBe('Example / Boston')
    expect(await render('{% for m in site.data.team %}{{ m.name }}{% unless forloop.last %}, {% endunless %}{% endfor %}')).toBe('Ana, Bo')
    expect(await render('{% assign n = site.posts | size %}{% if n > 1 %}many{% else %}few{% endif %}')).toBe('many')
    expect(await render('{% capture x %}a{{ page.title }}{% endcapture %}{{ x | downcase }}')).toBe('aboston')
    expect(await render('{% case page.title %}{% when "Boston" %}B{% else %}?{% endcase %}')).toBe('B')
  })

  it('renders an unknown variable as nothing, as Jekyll does', async () => {
    expect(await render('[{{ site.nothing }}{{ page.nope.deeper }}]')).toBe('[]')
  })

  it('keeps raw blocks verbatim', async () => {
    expect(await render('{% raw %}{{ site.title }} {% if %}{% endraw %}')).toBe('{{ site.title }} {% if %}')
  })
})

describe("Jekyll's filters", () => {
  it('relative_url and absolute_url', async () => {
    expect(await render('{{ "/a/b.png" | relative_url }} {{ "c" | relative_url }} {{ "/x" | absolute_url }}')).toBe('/a/b.png /c https://blog.example.com/x')
    expect(await render('{{ "https://other.example/x" | absolute_url }}')).toBe('https://other.example/x')
  })

  it('dates in the site zone, with Ruby strftime', async () => {
    const page = { title: 'T', date: new Date('2016-06-20T17:30:00Z') }
    expect(await render('{{ page.date | date: "%B %-d, %Y %H:%M" }}', page)).toBe('June 20, 2016 10:30')
    expect(await render('{{ page.date | date_to_xmlschema }}', page)).toBe('2016-06-20T10:30:00-07:00')
    expect(await render('{{ page.date | date_to_string }} | {{ page.date | date_to_long_string }}', page)).toBe('20 Jun 2016 | 20 June 2016')
  })

  it('escaping, slugify and words', async () => {
    expect(await render('{{ "a < b & \'c\'" | xml_escape }}')).toBe('a &lt; b &amp; &#39;c&#39;')
    expect(await render('{{ "a b&c" | cgi_escape }} {{ "a b" | uri_escape }}')).toBe('a+b%26c a%20b')
    expect(await render('{{ "The _config.yml file!" | slugify }} {{ "The _config.yml file!" | slugify: "pretty" }}')).toBe('the-config-yml-file the-_config.yml-file!')
    expect(await render('{{ "one two  three" | number_of_words }}')).toBe('3')
    expect(await render('{{ site.data.team | map: "name" | array_to_sentence_string }}')).toBe('Ana and Bo')
    expect(await render('{{ "a \n  b" | normalize_whitespace }}')).toBe('a b')
  })

  it('where, where_exp, sort, group_by and jsonify over data', async () => {
    expect(await render('{{ site.data.team | where: "role", "ops" | map: "name" | join }}')).toBe('Bo')
    expect(await render('{{ site.data.team | where_exp: "m", "m.role == \'dev\'" | map: "name" | join }}')).toBe('Ana')
    expect(await render('{{ site.data.team | sort: "role" | reverse | map: "name" | join: "," }}')).toBe('Bo,Ana')
    expect(await render('{% assign g = site.data.team | group_by: "role" %}{{ g | map: "name" | join: "," }}')).toBe('dev,ops')
    expect(await render('{{ site.data.team[0] | jsonify }}')).toBe('{"name":"Ana","role":"dev"}')
  })

  it('markdownify and smartify through the site settings', async () => {
    expect(await render('{{ "**bold**" | markdownify }}')).toBe('<p><strong>bold</strong></p>')
    expect(await render('{{ \'say "hi"\' | smartify }}')).toBe('say “hi”')
  })
})

describe("Jekyll's tags", () => {
  it('highlight becomes a code block for the highlighter, escaped, its Liquid rendered', async () => {
    expect(await render('{% highlight ruby %}\nputs "<b>" # {{ page.title }}\n{% endhighlight %}')).toBe('<pre><code class="language-ruby">puts &quot;&lt;b&gt;&quot; # Boston</code></pre>')
    const numbered = await render('{% highlight js linenos %}\nx\n\ny < 1\n{% endhighlight %}')
    expect(numbered).toBe('<table class="rouge-table" role="presentation"><tbody><tr><td class="gutter"><pre class="lineno" aria-hidden="true">1&#10;2&#10;3</pre></td><td class="code"><pre><code class="language-js">x&#10;&#10;y &lt; 1</code></pre></td></tr></tbody></table>')
    expect(numbered).not.toContain('\n')
  })

  it('post_url finds a post by name, in a sub-folder too, and stops on a missing one', async () => {
    expect(await render('{% post_url 2016-06-20-boston %}|{% post_url 2016/2016-06-20-boston %}|{% post_url /2017-01-02-other %}')).toBe('/2016/06/20/boston/|/2016/06/20/boston/|/2017/01/02/other/')
    await expect(render('a\n{% post_url 2016-06-21-nope %}')).rejects.toThrow(LiquidRenderError)
    await expect(render('a\n{% post_url 2016-06-21-nope %}')).rejects.toThrow(/there is no post "2016-06-21-nope".*line 2/)
  })

  it('link finds a post by its path, and gives other pages the URL Jekyll gives them', async () => {
    expect(await render('{% link _posts/2016/2016-06-20-boston.md %}')).toBe('/2016/06/20/boston/')
    expect(await render('{% link _authors/ana.md %} {% link docs/history.md %}')).toBe('/authors/ana/ /docs/history/')
    await expect(render('{% link _posts/2016-01-01-gone.md %}')).rejects.toThrow(/there is no post/)
  })

  it('include with include.* parameters, from a sub-folder, dynamic names too', async () => {
    expect(await render('{% include note.html text="Hi" %}')).toBe('<aside>Hi on Boston</aside>')
    expect(await render('{% assign l = "new" %}{% include parts/badge.html label=l %}')).toBe('[NEW]')
    expect(await render('{% include {{ page.part }} label="x" %}', { part: 'parts/badge.html' })).toBe('[X]')
    expect(await render('{% include_cached parts/badge.html label="c" %}')).toBe('[C]')
  })

  it("an include the site lacks (a theme's) renders as a notice naming it, and is listed by line", async () => {
    const result = await engine.render('Before.\n{% include missing.html %}\n{% include_cached theme/toc.html x=1 %}{% include note.html %}', { title: 'T' }, file)
    expect(result.output).toContain('Embedded content from the old site: <code>include missing.html</code>')
    expect(result.output).toContain('<code>include theme/toc.html</code>')
    expect(result.output).toContain('<aside>')
    expect(result.missingIncludes).toEqual([{ name: 'missing.html', line: 2 }, { name: 'theme/toc.html', line: 3 }])
  })

  it('include never reads a file outside the includes folder: a ".." name is refused by name, as Jekyll refuses it', async () => {
    await expect(render('{% include ../posts/2016/snippet.txt %}')).rejects.toThrow(/\{% include %\}: "\.\.\/posts\/2016\/snippet\.txt" has a "\." or "\.\." segment/)
  })

  it('include_relative reads a file beside the post, never one above the posts folder', async () => {
    expect(await render('{% include_relative snippet.txt who="me" %}')).toBe('beside me')
    await expect(render('{% include_relative ../secret.txt %}')).rejects.toThrow(/include_relative \.\.\/secret\.txt.*"\.\." segment/)
    await expect(render('{% include_relative none.txt %}')).rejects.toThrow(/there is no file/)
  })
})

describe('plugin tags', () => {
  it('gist as jekyll-gist writes it', async () => {
    expect(await render('{% gist parkr/931c1c8d465a04042403 jekyll-private-gist.markdown %}')).toBe(
      '<script src="https://gist.github.com/parkr/931c1c8d465a04042403.js?file=jekyll-private-gist.markdown"> </script><noscript><a href="https://gist.github.com/parkr/931c1c8d465a04042403">View the gist parkr/931c1c8d465a04042403 (jekyll-private-gist.markdown) on GitHub</a></noscript>',
    )
  })

  it('youtube and vimeo as privacy-friendly iframes, from an id or a URL', async () => {
    expect(await render('{% youtube dQw4w9WgXcQ %}')).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"')
    expect(await render('{% youtube https://www.youtube.com/watch?v=dQw4w9WgXcQ %}')).toContain('/embed/dQw4w9WgXcQ"')
    expect(await render('{% vimeo https://vimeo.com/123456 %}')).toContain('src="https://player.vimeo.com/video/123456"')
    expect(await render('{% youtube %}')).toContain('Embedded content from the old site')
  })

  it('figure as jekyll-figure renders it', async () => {
    expect(await render('{% figure caption:"A **cat**" class:"wide" %}\n![cat](/cat.png)\n{% endfigure %}')).toBe('<figure class="wide"><p>![cat](/cat.png)</p><figcaption>A <strong>cat</strong></figcaption></figure>')
  })

  it("a site's own tag template, with its arguments", async () => {
    expect(await render('{% tweet 123 %}')).toBe('<a href="https://twitter.com/i/status/123">tweet 123</a>')
  })

  it("a tag of the site's own plugin becomes a visible notice keeping its URL, and is listed by line", async () => {
    const source = 'Intro\n{% codepen https://codepen.io/a/pen/xyz height=300 %}\n{% details "More" %}hidden{% enddetails %}'
    const result = await engine.render(source, { title: 'T' }, file)
    expect(result.output).toBe(
      'Intro\n<span class="legacy-embed" role="note">Embedded content from the old site: <code>codepen</code> <a href="https://codepen.io/a/pen/xyz">https://codepen.io/a/pen/xyz</a></span>\n<span class="legacy-embed" role="note">Embedded content from the old site: <code>details</code></span>',
    )
    expect(result.unknown.map(({ name, line, block }) => ({ name, line, block }))).toEqual([
      { name: 'codepen', line: 2, block: false },
      { name: 'details', line: 3, block: true },
    ])
    expect(engine.unknownTags('{% include a.html %}{% highlight x %}{% endhighlight %}')).toEqual([])
  })

  it('a plugin tag inside an include is a notice too', async () => {
    expect(await render('{% include plugin.html %}')).toContain('<code>tweetcard</code>')
  })
})

describe('unrenderableTags', () => {
  it("lists tags of a site's own plugins by line, not Jekyll's, liquidjs's or public plugins' tags", () => {
    const source = '---\ntitle: x\n---\n{% if a %}{% else %}{% endif %}\n{% tweetcard 1 %}\n{% gist a/b %}{% youtube x %}\n{% mermaid %}\ngraph\n{% endmermaid %}\n{% raw %}{% nope %}{% endraw %}'
    expect(unrenderableTags(source).map(({ name, line, block }) => ({ name, line, block }))).toEqual([
      { name: 'tweetcard', line: 5, block: false },
      { name: 'mermaid', line: 7, block: true },
    ])
  })

  it('counts a tag the site maps to a template as rendered', () => {
    expect(unrenderableTags('{% tweetcard 1 %}', { tweetcard: '<a>{{ args }}</a>' })).toEqual([])
  })
})

describe('lax outputs', () => {
  it('renders an output liquidjs rejects as Ruby Liquid does, and reports it', async () => {
    const result = await engine.render('x {{ page.title | bar baz }} y {{ 1 + 2 }}', { title: 'T' }, file)
    expect(result.output).toBe('x T y 1')
    expect(result.lax.map((l) => l.output)).toEqual(['{{ page.title | bar baz }}', '{{ 1 + 2 }}'])
  })
})
