import { Liquid } from 'liquidjs'
import { unknownLiquidTags, type UnknownTag } from './scan'

/** Tag names that are not tags of their own but parts of one (`{% else %}`), or tags Jekyll treats as such. */
const PARTS = ['else', 'elsif', 'when', 'break', 'continue']
/** Tags of public plugins that write into a page's `<head>` or feed, which Pressroom writes itself. */
export const HEAD_ONLY = ['seo', 'feed_meta']

const LIQUID_TAGS = Object.keys(new Liquid().tags)
const OURS = ['highlight', 'post_url', 'link', 'include_relative', 'include_cached', 'gist', 'youtube', 'vimeo', 'figure', ...HEAD_ONLY]

/**
 * The tags in a post's source that nothing here renders (tags of a site's own Ruby plugins), with their
 * lines: each renders as a visible notice, and the import report lists them. `liquidTags` are the site's
 * own tag templates, which do render.
 */
export function unrenderableTags(source: string, liquidTags: Readonly<Record<string, string>> = {}): UnknownTag[] {
  return unknownLiquidTags(source, new Set([...LIQUID_TAGS, ...OURS, ...PARTS, ...Object.keys(liquidTags)]))
}
