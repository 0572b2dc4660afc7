/**
 * A settings object that follows its files while the process runs: under `next dev` a module is evaluated
 * once, so a value read at load would keep the site's title from before an edit of site.json until a
 * restart. `read` is called again whenever `stamp` (the files' modification times) changes; every property
 * read, spread and `in` goes to the current value.
 */
export function followed<T extends object>(read: () => T, stamp: () => string): T {
  let value = read()
  let seen = stamp()
  const current = (): T => {
    const now = stamp()
    if (now !== seen) {
      // Read first: a file with an error throws here, and the next read tries again.
      value = read()
      seen = now
    }
    return value
  }
  return new Proxy(value, {
    get: (_target, key) => Reflect.get(current(), key),
    has: (_target, key) => Reflect.has(current(), key),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(current(), key)
      // A proxy must report a property of its target as configurable only if the target's is.
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true }
    },
  })
}
