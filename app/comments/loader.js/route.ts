import { commentsLoaderScript } from '@/lib/features/comments-loader'

export const dynamic = 'force-static'

/** The comments loader as a file of the site's own: only pages with comments link it. */
export function GET() {
  return new Response(commentsLoaderScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } })
}
