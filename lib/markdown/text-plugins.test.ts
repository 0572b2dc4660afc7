import { describe, expect, it } from 'vitest'
import { attribute, elements, nth, text } from '../../test/support/html'
import { renderMarkdown, type MarkdownOptions } from './pipeline'
import { emojify, mentionLinks } from './text-plugins'

const options: MarkdownOptions = { variables: {}, siteUrl: 'https://blog.example.com' }
const render = (body: string, plugins: string[]) => renderMarkdown(`---\ntitle: A post\n---\n\n${body}`, { ...options, plugins })

describe('jemoji', () => {
  it('turns known shortcodes into emoji and leaves unknown ones', () => {
    expect(emojify('Ship it :tada: :+1: but :not_an_emoji: and 10:30:00')).toBe('Ship it 🎉 👍 but :not_an_emoji: and 10:30:00')
  })

  it('applies in posts only when the site uses jemoji, never in code', async () => {
    expect(text(nth(elements(await render('Done :tada: `:tada:`\n', ['jemoji']), 'p'), 0))).toBe('Done 🎉 :tada:')
    expect(text(nth(elements(await render('Done :tada:\n', []), 'p'), 0))).toBe('Done :tada:')
  })
})

describe('jekyll-mentions', () => {
  it('links @names to GitHub, not email addresses', () => {
    const nodes = mentionLinks('thanks @parkr and @jekyll-bot, mail me@example.com', 'https://github.com') ?? []
    expect(nodes.filter((n) => n.type === 'link').map((n) => (n.type === 'link' ? n.url : ''))).toEqual(['https://github.com/parkr', 'https://github.com/jekyll-bot'])
    expect(mentionLinks('me@example.com', 'https://github.com')).toBeUndefined()
  })

  it('applies in posts only when the site uses jekyll-mentions', async () => {
    const html = await render('Thanks @parkr!\n', ['jekyll-mentions'])
    expect(elements(html, 'a').map((a) => attribute(a, 'href'))).toEqual(['https://github.com/parkr'])
    expect(elements(await render('Thanks @parkr!\n', []), 'a')).toEqual([])
  })
})
