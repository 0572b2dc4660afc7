import { editUrl } from '@/lib/urls/edit-link'
import { repositoryUrl } from '@/lib/urls/paths'
import { site } from '@/lib/site'

/** "Edit this post": the source file on the repository's web UI, the first step towards a pull request. */
export function EditLink({ sourcePath }: { sourcePath: string }) {
  const href = editUrl(repositoryUrl, site.editBranch, sourcePath)
  if (!href) return null
  return (
    <p className="edit-link">
      <a href={href}>Edit this post</a> <span className="edit-link__where">on {new URL(href).hostname}</span>
    </p>
  )
}
