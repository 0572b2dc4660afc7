import { feedResponse } from '@/lib/feeds/respond'

export const dynamic = 'force-static'

export function GET() {
  return feedResponse('rss', { kind: 'site' })
}
