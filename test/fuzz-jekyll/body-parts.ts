import fc from 'fast-check'
import { phrase } from './yaml-forms'

/**
 * A post's body as fragments (paragraphs, kramdown, Liquid), joined by blank lines. Every body starts
 * with a paragraph of plain words, so the text measure has something to compare whatever follows.
 * `data` lists `site.data` paths the site's `_data` files define, for Liquid that reads them.
 */

const kramdown = fc.constantFrom(
  '## A section heading',
  '# Heading one {#custom-id}',
  'Setext heading\n--------------',
  '- first item\n- second item\n  continued',
  '1. one\n2. two\n3. three',
  '*emphasis* and **strong** and `code`',
  'A paragraph with a class.\n{: .note}',
  'Term\n: Its definition here',
  'A note.[^n1]\n\n[^n1]: The footnote text.',
  '| head | cell |\n|------|------|\n| one | two |',
  '~~~ ruby\nputs "tilde fence"\n~~~',
  '```js\nconst fence = 1\n```',
  '    indented code line',
  '> a quoted line\n> and another',
  '<div markdown="1">\n**inside a div**\n</div>',
  '<p class="raw">Raw HTML paragraph</p>',
  '*[HTML]: Hyper Text Markup Language\n\nThe HTML abbreviation.',
  '"Smart quotes" and -- dashes --- and ellipsis...',
  '***',
  'Line with trailing spaces  \nbreaks here',
  '[a link](https://example.com/) and <https://example.org/>',
)

const liquid = fc.constantFrom(
  '{{ page.title }} is the title.',
  'Site: {{ site.title }}.',
  '{% if page.categories.size > 0 %}Filed under {{ page.categories | join: ", " }}.{% else %}Uncategorised.{% endif %}',
  'Tags: {% for t in page.tags %}{{ t }} {% endfor %}done.',
  '{{ "shout" | upcase }} and {{ "Mixed Case" | downcase | replace: " ", "-" }}',
  '{% assign n = 3 %}{{ n | plus: 2 }} items.',
  '{% raw %}{{ not.rendered }}{% endraw %} stays.',
  '{% capture c %}captured words{% endcapture %}{{ c }}',
  'Dated {{ page.date | date: "%Y-%m-%d" }}.',
  '{% comment %}hidden{% endcomment %}Visible after comment.',
  '{%- if true -%} trimmed {%- endif -%}',
  '{% highlight ruby %}\nputs 1\n{% endhighlight %}',
  '{{ page.url | slugify }}',
  '{{ site.posts.size | at_least: 0 }} posts.',
)

export function bodyFragments(dataPaths: readonly string[]): fc.Arbitrary<string[]> {
  const dataUse = dataPaths.length === 0 ? [] : [{ weight: 2, arbitrary: fc.constantFrom(...dataPaths).map((p) => `Data says {{ ${p} }}.`) }]
  const fragment = fc.oneof(
    { weight: 4, arbitrary: phrase(5, 25) },
    { weight: 3, arbitrary: kramdown },
    { weight: 2, arbitrary: liquid },
    ...dataUse,
  )
  return fc.tuple(phrase(12, 30), fc.array(fragment, { maxLength: 5 })).map(([first, rest]) => [first, ...rest])
}
