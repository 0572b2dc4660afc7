import { describe, expect, it } from 'vitest'
import { seriesOf } from './series'

const posts = [
  { url: '/c/', title: 'Part three', date: '2024-03-01', series: 'Kubernetes from scratch' },
  { url: '/a/', title: 'Part one', date: '2024-01-01', series: 'Kubernetes from scratch' },
  { url: '/x/', title: 'Other', date: '2024-02-01', series: 'Something else' },
  { url: '/b/', title: 'Part two', date: '2024-02-01', series: ' Kubernetes from scratch ' },
  { url: '/n/', title: 'No series', date: '2024-02-01', series: undefined },
]

describe('seriesOf', () => {
  it('lists the parts oldest first and marks the post', () => {
    expect(seriesOf({ url: '/b/', series: 'Kubernetes from scratch' }, posts)).toEqual({
      name: 'Kubernetes from scratch',
      parts: [
        { title: 'Part one', url: '/a/', current: false },
        { title: 'Part two', url: '/b/', current: true },
        { title: 'Part three', url: '/c/', current: false },
      ],
    })
  })

  it('is undefined for a post without a series', () => {
    expect(seriesOf({ url: '/n/', series: undefined }, posts)).toBeUndefined()
    expect(seriesOf({ url: '/n/', series: '  ' }, posts)).toBeUndefined()
  })
})
