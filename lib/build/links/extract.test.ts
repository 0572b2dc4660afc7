import { describe, expect, it } from 'vitest'
import { readPageLinks, srcsetUrls } from './extract.mjs'

const page = `<!doctype html><html><head>
<link rel="stylesheet" href="/_next/app.css"><script src="/_next/app.js"></script>
<meta property="og:image" content="/cards/post.png"><meta property="og:image" content="https://cdn.example.com/x.png">
<meta name="description" content="/not/a/url/to/check">
</head><body>
<h2 id="intro">Intro</h2><a name="legacy"></a>
<a href="/tags/docker/">docker</a><img src="diagram.png" srcset="small.png 1x, big.png 2x">
<video poster="/poster.jpg"><source src="/clip.mp4"></video>
</body></html>`

describe('readPageLinks', () => {
  it('finds every URL a page asks the host for, with the element and attribute that ask', () => {
    const { references } = readPageLinks(page)
    expect(references).toEqual([
      { tag: 'link', attribute: 'href', value: '/_next/app.css' },
      { tag: 'script', attribute: 'src', value: '/_next/app.js' },
      { tag: 'meta', attribute: 'content', value: '/cards/post.png' },
      { tag: 'a', attribute: 'href', value: '/tags/docker/' },
      { tag: 'img', attribute: 'src', value: 'diagram.png' },
      { tag: 'img', attribute: 'srcset', value: 'small.png' },
      { tag: 'img', attribute: 'srcset', value: 'big.png' },
      { tag: 'video', attribute: 'poster', value: '/poster.jpg' },
      { tag: 'source', attribute: 'src', value: '/clip.mp4' },
    ])
  })

  it('collects ids and named anchors as fragment targets, and nothing else', () => {
    const { ids } = readPageLinks(page)
    expect([...ids]).toEqual(['intro', 'legacy'])
    expect(readPageLinks('<p>No targets <a href="#intro">here</a></p>').ids.size).toBe(0)
  })
})

describe('srcsetUrls', () => {
  it('splits candidates on commas and drops descriptors', () => {
    expect(srcsetUrls(' a.png 640w,b.png 2x ,c.png')).toEqual(['a.png', 'b.png', 'c.png'])
  })

  it('keeps a comma inside a URL, as browsers parse it', () => {
    expect(srcsetUrls('/img/a,b.png 1x')).toEqual(['/img/a,b.png'])
    expect(srcsetUrls('')).toEqual([])
  })
})
