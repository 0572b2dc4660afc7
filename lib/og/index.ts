/** Share images live at `routes.shareImage(url)`: one per post, drawn at build time by scripts/share-images.tsx. */
export const OG_SIZE = { width: 1200, height: 630 } as const

/**
 * The share image's path under the share-image folder, from the post's URL: its folders kept, so two URLs that
 * differ only in `/` against `-` (`/a/b/` and `/a-b/`, both served by Jekyll) never share an image. A URL that
 * differs only in its trailing slash (or a segment no file may take) does; the build refuses such a pair.
 */
export function ogImageKey(url: string): string {
  const segments = url.split('/').filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
  return segments.join('/') || 'home'
}
