import { toValue, type Context, type Emitter, type FilterImplOptions, type Liquid, type Template } from 'liquidjs'

/** The `this` liquidjs gives a filter (its type is not exported by name). */
type FilterThis = ThisParameterType<Extract<FilterImplOptions, (...args: never[]) => unknown>>

/**
 * What one post's Liquid may spend. Each stops the build naming the post and the limit, where a post
 * over it used to hang the build or run it out of memory (issue 22). Real Jekyll posts stay far below:
 * the largest of the three shared corpora loops a few hundred times and writes a few kB.
 */
export const LIQUID_LIMITS = {
  /** Template passes: one per loop iteration, include and block body rendered. */
  passes: 1_000_000,
  /** Characters written, over every buffer (the page and each `capture`), in total. */
  outputChars: 20_000_000,
  /** Template bodies open at once: nested blocks, loops, includes, `include_relative` (an include that includes itself). */
  depth: 100,
  /** liquidjs's own allocation count: range lengths, string and array filters. */
  memory: 50_000_000,
  /** Width of one `date` format directive (`%1000000000Y`); Ruby itself refuses widths past its buffer. */
  dateWidth: 100,
  /** Wall-clock backstop for anything the counts above miss. */
  renderMs: 120_000,
} as const

/** A post's Liquid went over one of LIQUID_LIMITS. */
export class LiquidLimitError extends Error {
  constructor(message: string, readonly fix: string) {
    super(message)
    this.name = 'LiquidLimitError'
  }
}

/** liquidjs's own limiters throw with these words; they become a LiquidLimitError naming the limit. */
export function liquidjsLimit(message: string): LiquidLimitError | undefined {
  if (message.includes('memory alloc limit exceeded')) {
    return new LiquidLimitError(`Liquid allocates more than ${LIQUID_LIMITS.memory.toLocaleString('en')} items in ranges and string or array filters (limit memory)`, 'loop over a smaller range, or build smaller strings')
  }
  if (message.includes('template render limit exceeded')) {
    return new LiquidLimitError(`Liquid takes more than ${LIQUID_LIMITS.renderMs / 1000} s to render (limit renderMs)`, 'loop over fewer items')
  }
  return undefined
}

class Budget {
  passes = 0
  written = 0
  depth = 0
}

/** One budget per top-level render, found through the allocation limiter every spawned context shares. */
const budgets = new WeakMap<object, Budget>()

function budgetOf(ctx: Context): Budget {
  let budget = budgets.get(ctx.memoryLimit)
  if (!budget) {
    budget = new Budget()
    budgets.set(ctx.memoryLimit, budget)
  }
  return budget
}

/** A buffer that counts what is written into it against the render's budget. */
class BoundedEmitter implements Emitter {
  buffer = ''
  constructor(private readonly budget: Budget) {}
  write(html: unknown): void {
    const value: unknown = toValue(html)
    const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : Array.isArray(value) ? value.map(String).join('') : String(value)
    this.budget.written += text.length
    if (this.budget.written > LIQUID_LIMITS.outputChars) {
      throw new LiquidLimitError(`Liquid writes more than ${LIQUID_LIMITS.outputChars.toLocaleString('en')} characters (limit outputChars)`, 'loop over fewer items, or stop a capture from growing itself')
    }
    this.buffer += text
  }
}

/**
 * Puts every render of `liquid` on a budget: each pass through templates counts, their nesting is
 * checked there, and every buffer liquidjs would make for itself (the page, `capture`) is a bounded one.
 */
export function applyLiquidBudget(liquid: Liquid): void {
  const renderer = liquid.renderer
  const renderTemplates = renderer.renderTemplates.bind(renderer)
  renderer.renderTemplates = function* (templates: Template[], ctx: Context, emitter?: Emitter): IterableIterator<unknown> {
    const budget = budgetOf(ctx)
    budget.passes += 1
    if (budget.passes > LIQUID_LIMITS.passes) {
      throw new LiquidLimitError(`Liquid runs more than ${LIQUID_LIMITS.passes.toLocaleString('en')} loop iterations and blocks (limit passes)`, 'loop over fewer items: a post needs no million passes')
    }
    if (budget.depth >= LIQUID_LIMITS.depth) {
      throw new LiquidLimitError(`Liquid nests blocks and includes more than ${LIQUID_LIMITS.depth} deep (limit depth)`, 'check for an include that includes itself, directly or through another')
    }
    budget.depth += 1
    try {
      return yield* renderTemplates(templates, ctx, emitter ?? new BoundedEmitter(budget))
    } finally {
      budget.depth -= 1
    }
  }
  const date = liquid.filters.date
  if (date === undefined) throw new Error('liquidjs has no date filter to bound')
  const handler = typeof date === 'function' ? date : date.handler
  liquid.registerFilter('date', function (this: FilterThis, value: unknown, format: unknown, ...rest: unknown[]): unknown {
    checkDateFormat(format)
    return handler.call(this, value, format, ...rest)
  })
}

/** A strftime directive's width (`%-10d`, `%_1000Y`) is padding the filter would allocate. */
export function checkDateFormat(format: unknown): void {
  if (typeof format !== 'string') return
  for (const match of format.matchAll(/%[-_0^#:]*(\d+)/g)) {
    const width = Number(match[1])
    if (width > LIQUID_LIMITS.dateWidth) {
      throw new LiquidLimitError(`date format "${format.slice(0, 40)}" pads to ${match[1]?.slice(0, 20)} characters (limit dateWidth ${LIQUID_LIMITS.dateWidth})`, 'write a width of at most two digits, such as %-d or %02m')
    }
  }
}

/** liquidjs's own limits, in its options. */
export const LIQUIDJS_LIMIT_OPTIONS = { memoryLimit: LIQUID_LIMITS.memory, renderLimit: LIQUID_LIMITS.renderMs } as const
