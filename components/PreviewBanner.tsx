import { previewBanner } from '@/lib/urls/paths'
import { ChangesSummary } from './preview/ChangesSummary'
import styles from './PreviewBanner.module.css'

/** Marks every page of a preview deploy, so nobody mistakes it for the published site. */
export function PreviewBanner() {
  if (!previewBanner) return null
  const { subject, href, commit } = previewBanner
  return (
    <aside className={styles.banner} aria-label="Preview deploy" data-testid="preview-banner">
      <p data-testid="preview-identity">
        <strong>Preview</strong>
        {subject !== undefined && <> · {href ? <a href={href}>{subject}</a> : <span>{subject}</span>}</>}
        {commit !== undefined && <> · <code>{commit}</code></>}
      </p>
      <ChangesSummary />
    </aside>
  )
}
