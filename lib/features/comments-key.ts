/**
 * The key of a post's comment thread (giscus `data-mapping="specific"`): the post's `disqus_identifier` when
 * the old site set one, else the path the old site served the post at. A Disqus export keys each thread by
 * that identifier or URL, so threads migrated into GitHub Discussions under the same key find their post.
 */
export function commentsKeyOf(post: { disqusIdentifier: string | undefined; jekyllUrl: string | undefined; url: string }): string {
  return post.disqusIdentifier ?? post.jekyllUrl ?? post.url
}
