import { giscusOrigin } from '@/lib/features/services'
import { withBasePath } from '@/lib/urls/paths'
import { routes } from '@/lib/urls/routes'
import { site } from '@/lib/site'

/**
 * The comments under a post, when `site.comments` is set and the post does not say `comments: false`.
 * The thread is keyed by the post's site-relative URL as the old site served it (or its Disqus identifier:
 * lib/posts.ts `commentsKey`), so production and every preview share it, and migrated threads find their post. The
 * provider's script is added by the loader (lib/features/comments-loader.ts), which only these pages link.
 */
export function PostComments({ url, enabled }: { url: string; enabled: boolean }) {
  const config = site.comments
  if (!config || !enabled) return null
  const settings = {
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
      {/* Empty HTML that React does not hydrate: the provider fills it with its iframe. */}
      <div
        className="giscus comments__frame"
        data-comments-src={`${giscusOrigin(config)}/client.js`}
        data-comments-settings={JSON.stringify(settings)}
        dangerouslySetInnerHTML={{ __html: '' }}
      />
      <script src={withBasePath(routes.commentsLoader())} async />
      <noscript>
        <p>Comments are stored in GitHub Discussions and need JavaScript to show here.</p>
      </noscript>
    </section>
  )
}
