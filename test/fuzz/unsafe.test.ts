import { describe, expect, it } from 'vitest'
import { firstUnsafe } from './unsafe'

describe("the fuzz suite's check for runnable HTML", () => {
  it('finds real scripts, handlers, javascript: URLs and positioned styles', () => {
    expect(firstUnsafe('<p>a</p><script>x()</script>')).toBe('<script>')
    expect(firstUnsafe('<img src=x onerror="x()">')).toBe('onError on <img>')
    expect(firstUnsafe('<a href="javascript:x()">a</a>')).toBe('href="javascript:x()" on <a>')
    expect(firstUnsafe('<div style="position: fixed">a</div>')).toBe('style="position: fixed" on <div>')
    expect(firstUnsafe('<iframe srcdoc="<b>x</b>"></iframe>')).toBe('srcDoc on <iframe>')
  })
  it('reads a script tag inside an attribute value or a comment as the text it is, and allows embeds', () => {
    expect(firstUnsafe('<p title="</noscript><script>x()</script>"></p><!-- <script> -->')).toBeUndefined()
    expect(firstUnsafe('<script src="https://gist.github.com/a/1.js"></script>')).toBeUndefined()
  })
})
