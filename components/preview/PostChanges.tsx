import Link from 'next/link'
import { CHANGES_PATH } from '@/lib/preview/changes'
import { getPostChanges, isAddedPost } from '@/lib/preview/read'
import { FieldChanges } from './FieldChanges'
import { TextDiff } from './TextDiff'
import styles from './changes.module.css'

/** Above a post in a preview: what the pull request changed in it. Renders nothing on production. */
export function PostChanges({ url }: { url: string }) {
  const change = getPostChanges(url)
  if (isAddedPost(url)) {
    return (
      <aside className={styles.panel} aria-label="Changes in this post" id="changes">
        <p>
          <strong>New in this preview.</strong> <Link href={CHANGES_PATH}>All changes</Link>
        </p>
      </aside>
    )
  }
  if (!change) return null
  return (
    // No heading: the post's title stays the page's first, and only, h1 with its own outline below it.
    <aside className={styles.panel} aria-label="Changes in this post" id="changes">
      <p>
        <strong>What this preview changes in this post</strong>
      </p>
      <FieldChanges change={change} />
      {change.textChanged ? <TextDiff blocks={change.diff} /> : <p>The text is unchanged.</p>}
      <p>
        <Link href={CHANGES_PATH}>All changes in this preview</Link>
      </p>
    </aside>
  )
}
