import { describe, expect, test } from 'vitest'
import { readsOnlyItsSource } from './liquid-inputs'

describe('Liquid that reads only the document and the site settings', () => {
  test('settings, the page’s own fields, self-contained tags and no Liquid at all', () => {
    expect(readsOnlyItsSource('Plain *words*')).toBe(true)
    expect(readsOnlyItsSource('<img src="{{ site.baseurl }}/blog/a.png" />')).toBe(true)
    expect(readsOnlyItsSource('{{ page.title | upcase }} {{ "/x/" | relative_url }}')).toBe(true)
    expect(readsOnlyItsSource('{% highlight go %}\nfunc main() {}\n{% endhighlight %}\n{% raw %}{{ x }}{% endraw %}')).toBe(true)
    expect(readsOnlyItsSource('{% assign n = 3 %}{% if n > 2 %}many{% endif %}')).toBe(true)
  })

  test('not other posts, data files, includes, links, the clock, site tags or a whole `site`', () => {
    expect(readsOnlyItsSource('{% for p in site.posts %}{{ p.title }}{% endfor %}')).toBe(false)
    expect(readsOnlyItsSource('{{ site.data.team.size }}')).toBe(false)
    expect(readsOnlyItsSource('Built {{ site.time | date: "%Y" }}')).toBe(false)
    expect(readsOnlyItsSource('{{ "now" | date: "%Y" }}')).toBe(false)
    expect(readsOnlyItsSource('{% include note.html %}')).toBe(false)
    expect(readsOnlyItsSource('{% post_url 2020-01-01-a %}')).toBe(false)
    expect(readsOnlyItsSource('{% link _posts/a.md %}')).toBe(false)
    expect(readsOnlyItsSource('{{ site | jsonify }}')).toBe(false)
    expect(readsOnlyItsSource('{% callout %}x{% endcallout %}', ['callout'])).toBe(false)
    expect(readsOnlyItsSource('{% figure %}x{% endfigure %}', ['figure'])).toBe(false)
    expect(readsOnlyItsSource('An unclosed {{ site.title')).toBe(false)
  })
})
