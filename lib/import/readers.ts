import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseRubyYaml } from '../jekyll/ruby-yaml'
import type { SiteJson } from '../site-json'
import { keptFeedsOf } from './feeds'

/**
 * What the old site's readers had besides posts, as settings for content/site.json: the feeds they
 * subscribed to (kept at their paths with their entry ids).
 */
export function readerSettings(source: string): Pick<SiteJson, 'keptFeeds'> {
  const configFile = join(source, '_config.yml')
  const config = existsSync(configFile) ? parseRubyYaml(readFileSync(configFile, 'utf8')).data : {}
  const keptFeeds = keptFeedsOf(source, config)
  return keptFeeds === undefined ? {} : { keptFeeds }
}
