import { feedResponse } from '@/lib/feeds/respond'

export const dynamic = 'force-static'

// Pressroom's RSS feed at a path of its own: an imported site's old feed keeps /feed.xml (lib/feeds/kept.ts).
export function GET() {
  return feedResponse('rss', { kind: 'site' })
}
