/**
 * One promise per key, made on first request and kept: the engine fetches, checks and (for a shard)
 * imports each file once, however many queries need it. A failure is kept too, so a broken file
 * fails every query that needs it with the same message instead of being fetched again and again.
 */
export class OncePerKey<T> {
  private readonly promises = new Map<string, Promise<T>>()

  constructor(private readonly make: (key: string) => Promise<T>) {}

  get(key: string): Promise<T> {
    let promise = this.promises.get(key)
    if (!promise) {
      promise = this.make(key)
      this.promises.set(key, promise)
    }
    return promise
  }
}
