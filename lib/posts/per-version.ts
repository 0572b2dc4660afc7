/**
 * A value made from the post store, kept while the store stays the same and made again when it changes.
 * A build reads one store, so each value is made once; under `next dev` the content step rewrites the
 * store while the server runs, and what was made from the old one must not outlive it.
 */
export function perVersion<S, T>(current: () => { version: string; store: S }, make: (store: S) => T): () => T {
  let made: { version: string; value: T } | undefined
  return () => {
    const { version, store } = current()
    if (made?.version !== version) made = { version, value: make(store) }
    return made.value
  }
}
