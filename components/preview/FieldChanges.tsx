import Link from 'next/link'
import type { ChangedEntry } from '@/lib/preview/changes'
import type { FieldChange } from '@/lib/preview/compare'
import { siteDate } from '@/lib/format/dates'
import styles from './changes.module.css'

const LABELS: Record<FieldChange['field'], string> = { title: 'Title', date: 'Date', tags: 'Tags', url: 'URL', draft: 'Status' }

function shown(field: FieldChange['field'], value: string): string {
  if (field === 'date') return siteDate(value).text
  if (field === 'tags' && value === '') return '(none)'
  return value
}

/** The front-matter fields that differ, old value struck out, new one after it. */
export function FieldChanges({ change }: { change: ChangedEntry }) {
  if (change.fields.length === 0) return null
  return (
    <dl className={styles.fields}>
      {change.fields.map(({ field, before, after }) => (
        <div key={field}>
          <dt>{LABELS[field]}</dt>
          <dd>
            <del>
              <span className="sr-only">was: </span>
              {shown(field, before)}
            </del>{' '}
            →{' '}
            <ins>
              <span className="sr-only">now: </span>
              {shown(field, after)}
            </ins>
            {field === 'url' && <OldUrlNote change={change} />}
          </dd>
        </div>
      ))}
    </dl>
  )
}

function OldUrlNote({ change }: { change: ChangedEntry }) {
  const target = change.oldUrlLeadsTo
  return (
    <span className={styles.note}>
      {' '}
      {target ? (
        <>
          The old URL now leads to <Link href={target.url}>{target.title}</Link>.
        </>
      ) : (
        <>The old URL now leads nowhere (not found): links to it break unless the post keeps it as its permalink.</>
      )}
    </span>
  )
}
