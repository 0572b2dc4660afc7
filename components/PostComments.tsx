import { giscusOrigin } from '@/lib/features/services'
import { site } from '@/lib/site'
import { Comments } from './Comments'

/**
 * The comments under a post, when `site.comments` is set and the post does not say `comments: false`.
 * The thread is keyed by the post's site-relative URL, so production and every preview share it.
 */
export function PostComments({ url, enabled }: { url: string; enabled: boolean }) {
  const config = site.comments
  if (!config || !enabled) return null
  const attributes = {
    'data-repo': config.repo,
    'data-repo-id': config.repoId,
    'data-category': config.category,
    'data-category-id': config.categoryId,
    'data-mapping': 'specific',
    'data-term': url,
    'data-strict': '1',
    'data-reactions-enabled': '1',
    'data-emit-metadata': '0',
    'data-input-position': 'top',
    'data-lang': site.language,
    'data-loading': 'lazy',
  }
  return (
    <section className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">Comments</h2>
      <Comments src={`${giscusOrigin(config)}/client.js`} attributes={attributes} />
      <noscript>
        <p>Comments are stored in GitHub Discussions and need JavaScript to show here.</p>
      </noscript>
    </section>
  )
}
