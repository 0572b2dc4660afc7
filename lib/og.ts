/** Share images live at `/og/<key>.png` (`routes.shareImage`): one per post, rendered at build time. */
export const OG_SIZE = { width: 1200, height: 630 } as const

/** A file-name key from the post's URL, which is unique where slugs may repeat across dates. */
export function ogImageKey(url: string): string {
  return url.replace(/^\/+|\/+$/g, '').replace(/\//g, '-') || 'home'
}

/** The key an image file name stands for, or undefined for any other name. */
export function keyFromOgImage(fileName: string): string | undefined {
  return /^(.+)\.png$/.exec(fileName)?.[1]
}
