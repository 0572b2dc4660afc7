import { buildSearchFiles, DEFAULT_SETTINGS, type BuildSettings, type SearchRecord } from '../../lib/search/build/search-files'
import { SearchEngine } from '../../lib/search/worker/engine'

/** Small posts for the search tests, and an engine reading the built files from memory. */

const h2 = (id: string, text: string) => `<div class="heading"><h2 id="${id}">${text}</h2><a class="heading-anchor" href="#${id}"><span aria-hidden="true">#</span></a></div>`

export const corpus: SearchRecord[] = [
  {
    url: '/2016/06/20/container-days/',
    title: 'Container Days in Boston',
    date: '2016-06-20',
    tags: ['devops', 'kubernetes'],
    authors: ['Dale Ragan'],
    html: `<p>An open space conference.</p>${h2('takeaways', 'Our takeaways')}<p>Yelp runs dumb-init as PID 1. Overlay networks were a topic.</p>${h2('brewing', 'What are we brewing')}<p>Immutable infrastructure on AWS.</p>`,
  },
  {
    url: '/2019/01/02/overlay-networks/',
    title: 'Overlay networks explained',
    date: '2019-01-02',
    tags: [],
    authors: ['Ana Lima'],
    html: `<p>Why VXLAN matters.</p>${h2('flannel', 'Flannel backends')}<p>UDP and VXLAN.</p>`,
  },
  {
    url: '/2020/05/05/security/',
    title: 'Escaping <img onerror=alert(1)> in templates',
    date: '2020-05-05',
    tags: ['security'],
    authors: ['Ana Lima'],
    html: `<p>Never trust &lt;/script&gt; in (input) [a-z]+ $1 or emoji 🚀.</p>${h2('time-to-work', 'Time to work')}<p>New use cases for overlay templates.</p>`,
  },
]

export function memoryEngine(records: readonly SearchRecord[] = corpus, settings: BuildSettings = DEFAULT_SETTINGS) {
  const { files, manifest } = buildSearchFiles(records, settings)
  const byPath = new Map(files.map((file) => [file.path, file.contents]))
  const requested: string[] = []
  const engine = new SearchEngine(async (path) => {
    requested.push(path)
    const contents = byPath.get(path)
    if (contents === undefined) throw new Error(`no file ${path}`)
    return JSON.parse(contents)
  })
  return { engine, files, manifest, requested }
}
