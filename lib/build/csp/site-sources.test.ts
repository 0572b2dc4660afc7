import { describe, expect, it } from 'vitest'
import { embedSources } from './site-sources'

describe('embed origins an imported site adds', () => {
  it('go to script-src and frame-src', () => {
    expect(embedSources(['https://gist.github.com', 'https://embed.example.org'])).toEqual({
      'script-src': ['https://embed.example.org'],
      'frame-src': ['https://embed.example.org'],
    })
  })

  it('add nothing when only the defaults are listed (the page policy has those already)', () => {
    expect(embedSources(['https://gist.github.com', 'https://www.youtube.com'])).toEqual({})
  })
})
