import { tagFeedHandler, tagFeedParams } from '@/lib/feeds/tag-route'

export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = tagFeedParams

export const GET = tagFeedHandler('rss')
