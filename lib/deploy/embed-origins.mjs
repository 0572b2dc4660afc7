// @ts-check
/**
 * The https origins whose iframes and `<script src>` posts may embed, by default. The site settings (`lib/site/`) serve
 * them to the sanitiser as `site.embedOrigins`; the CSP writer (plain Node, after the build) reads the
 * same list from here for `frame-src` and `script-src`, so the two can never disagree.
 */
export const DEFAULT_EMBED_ORIGINS = Object.freeze([
  'https://gist.github.com',
  'https://www.youtube.com',
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://codepen.io',
  'https://platform.twitter.com',
  'https://speakerdeck.com',
])
