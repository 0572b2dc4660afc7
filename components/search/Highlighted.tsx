import type { Segment } from '@/lib/search/shared/protocol'

/** Highlighted text rendered as React text nodes: whatever a post or a query contains stays text. */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </>
  )
}
