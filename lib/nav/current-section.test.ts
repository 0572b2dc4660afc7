import { describe, expect, it } from 'vitest'
import { currentFor } from './current-section'

describe('currentFor', () => {
  it('marks the link of the page itself', () => {
    expect(currentFor('/tags/', '/tags/')).toBe('page')
    expect(currentFor('/archive', '/archive/')).toBe('page')
    expect(currentFor('/', '/')).toBe('page')
  })

  it('marks the section a page lies in', () => {
    expect(currentFor('/tags/docker/', '/tags/')).toBe('true')
    expect(currentFor('/page/2/', '/')).toBe('true')
  })

  it('marks nothing elsewhere', () => {
    expect(currentFor('/2016/06/20/container-days-in-boston/', '/')).toBeUndefined()
    expect(currentFor('/tags/', '/archive/')).toBeUndefined()
    expect(currentFor('/tagsx/', '/tags/')).toBeUndefined()
  })
})
