/** Share images live at `routes.shareImage(url)`: one per post, drawn at build time by scripts/share-images.tsx. */
export const OG_SIZE = { width: 1200, height: 630 } as const

/** A file-name key from the post's URL, which is unique where slugs may repeat across dates. */
export function ogImageKey(url: string): string {
  return url.replace(/^\/+|\/+$/g, '').replace(/\//g, '-') || 'home'
}
