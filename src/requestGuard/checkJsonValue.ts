import { requestLimits } from './limits'
import { RequestRefused } from './refusal'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Refuses what PostgreSQL cannot store or what would make a hook recurse without end: text
 * with a null character or half of a surrogate pair, and objects nested too deep.
 * Iterative, so a hostile nesting never touches the call stack.
 */
export const checkJsonValue = (root: unknown): void => {
  const pending: [unknown, number][] = [[root, 0]]
  while (pending.length > 0) {
    const [value, depth] = pending.pop() as [unknown, number]
    if (typeof value === 'string') {
      checkText(value)
      continue
    }
    if (value === null || typeof value !== 'object') {
      continue
    }
    if (depth >= requestLimits.nesting) {
      throw new RequestRefused(
        400,
        `The request nests objects or lists more than ${requestLimits.nesting} levels deep.`,
      )
    }
    for (const [key, child] of Object.entries(value)) {
      checkText(key)
      pending.push([child, depth + 1])
    }
  }
}

export const checkText = (text: string): void => {
  if (text.includes('\u0000')) {
    throw new RequestRefused(400, 'Text in the request holds a null character (U+0000).')
  }
  if (LONE_SURROGATE.test(text)) {
    throw new RequestRefused(400, 'Text in the request holds an unpaired UTF-16 surrogate.')
  }
}
