import Link from 'next/link'
import type { BaseSource, PreviewChanges } from '@/lib/preview/changes'
import { postCount } from '@/lib/format/text'
import styles from './changes.module.css'

function BaseNote({ base }: { base: BaseSource }) {
  if (base.kind === 'git') {
    const short = base.commit.slice(0, 7)
    // A ref that is itself a commit SHA would say the same thing twice.
    if (base.commit.startsWith(base.ref) || base.ref.startsWith(short)) return <>Compared with commit <code>{short}</code>.</>
    return <>Compared with <code>{base.ref}</code> at <code>{short}</code>.</>
  }
  return <>Compared with the production site, {base.url}.</>
}

/** "Changes in this preview": every added, changed and removed post, linked to its page here. */
export function ChangesPage({ changes }: { changes: PreviewChanges }) {
  if (changes.status === 'unavailable') {
    return (
      <section className={styles.page}>
        <h1>Changes in this preview</h1>
        <p>Changes unknown: {changes.reason}.</p>
      </section>
    )
  }
  const { added, changed, removed } = changes
  return (
    <section className={styles.page}>
      <h1>Changes in this preview</h1>
      <p>
        <BaseNote base={changes.base} />
      </p>
      <h2 id="added">Added: {postCount(added.length)}</h2>
      <ul aria-labelledby="added">
        {added.map((post) => (
          <li key={post.url}>
            <Link href={post.url}>{post.title}</Link>
            {post.draft && <> · <strong className="draft-badge">Draft</strong></>}
          </li>
        ))}
      </ul>
      <h2 id="changed">Changed: {postCount(changed.length)}</h2>
      <ul aria-labelledby="changed">
        {changed.map((change) => (
          <li key={change.after.url}>
            <Link href={`${change.after.url}#changes`}>{change.after.title}</Link>
            <span className={styles.note}> — {[...change.fields.map((f) => f.field), ...(change.textChanged ? ['text'] : [])].join(', ')}</span>
          </li>
        ))}
      </ul>
      <h2 id="removed">Removed: {postCount(removed.length)}</h2>
      <ul aria-labelledby="removed">
        {removed.map(({ post, oldUrlLeadsTo }) => (
          <li key={post.url}>
            {post.title} <span className={styles.note}>(was at <code>{post.url}</code>{oldUrlLeadsTo ? <>, which now leads to <Link href={oldUrlLeadsTo.url}>{oldUrlLeadsTo.title}</Link></> : null})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
