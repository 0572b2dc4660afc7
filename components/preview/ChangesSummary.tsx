import Link from 'next/link'
import { changeCounts, CHANGES_PATH } from '@/lib/preview/changes'
import { getPreviewChanges } from '@/lib/preview/read'

/** The banner's second line: what this preview changes, linking to the list; or why it cannot say. */
export function ChangesSummary() {
  const changes = getPreviewChanges()
  if (!changes) return null
  if (changes.status === 'unavailable') {
    return <p data-testid="preview-changes">Changes unknown: {changes.reason}.</p>
  }
  const { added, changed, removed } = changeCounts(changes)
  return (
    <p data-testid="preview-changes">
      {added} added, {changed} changed, {removed} removed · <Link href={CHANGES_PATH}>Changes in this preview</Link>
    </p>
  )
}
