/**
 * The web page where a source file can be edited, on the repository's host: GitHub opens its editor (and
 * offers a fork and a pull request to anyone without write access); GitLab its web IDE; any other host
 * shows the file. Undefined when the repository is unknown, so no link is shown.
 */
export function editUrl(repositoryUrl: string | undefined, branch: string, path: string): string | undefined {
  if (repositoryUrl === undefined) return undefined
  const repo = repositoryUrl.replace(/\/+$/, '')
  const file = path.split('/').map(encodeURIComponent).join('/')
  const ref = encodeURIComponent(branch)
  const host = new URL(repo).hostname
  if (host === 'github.com' || host.endsWith('.ghe.com')) return `${repo}/edit/${ref}/${file}`
  if (host === 'gitlab.com') return `${repo}/-/edit/${ref}/${file}`
  return `${repo}/blob/${ref}/${file}`
}
