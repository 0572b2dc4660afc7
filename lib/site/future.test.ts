import { describe, expect, it } from 'vitest'
import { siteConfigFrom } from './index'

describe("Pressroom's default for future-dated posts", () => {
  it('is Jekyll’s: a post dated after the build waits for the first build after its date', () => {
    expect(siteConfigFrom().future).toBe(false)
  })
  it('publishes them at once only when the site says `future: true`', () => {
    expect(siteConfigFrom({ future: true }).future).toBe(true)
    expect(siteConfigFrom({ future: true }, {}).future).toBe(true)
  })
})
