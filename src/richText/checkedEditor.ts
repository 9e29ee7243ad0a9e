import type { LexicalRichTextAdapter, lexicalEditor } from '@payloadcms/richtext-lexical'
import { ValidationError } from 'payload'

import { describeRichTextProblems, richTextProblems } from './lexicalShape'
import { repairRichText } from './repairRichText'

type LexicalRichTextAdapterProvider = ReturnType<typeof lexicalEditor>
type Hooks = NonNullable<LexicalRichTextAdapter['hooks']>
type BeforeValidateRichTextHook = NonNullable<Hooks['beforeValidate']>[number]
type AfterReadRichTextHook = NonNullable<Hooks['afterRead']>[number]

/** Refuses a value that is not the shape Lexical's nodes require, naming field and path. */
const checkShape: BeforeValidateRichTextHook = ({ collection, global, path, req, value }) => {
  if (value === undefined || value === null) {
    return value
  }
  const problems = richTextProblems(value)
  if (problems.length === 0) {
    return value
  }
  const field = path.join('.')
  throw new ValidationError(
    {
      collection: collection?.slug,
      global: global?.slug,
      errors: [{ path: field, message: describeRichTextProblems(field, problems) }],
    },
    req.t,
  )
}

/**
 * Rich text stored before the check (or edited in the database) is read as the text it holds,
 * through the repair `npm run richtext:check -- --repair` saves; Payload's own read hooks
 * would fail on it (a null node) and take the whole document with them. The database keeps
 * the value until it is repaired.
 */
const readAsText: AfterReadRichTextHook = ({ value }) => {
  if (value === undefined || value === null || richTextProblems(value).length === 0) {
    return value
  }
  const repaired = repairRichText(value)
  return repaired.ok ? repaired.value : null
}

const hooksOf = (adapter: LexicalRichTextAdapter) => {
  const hooks = adapter.hooks
  if (!Array.isArray(hooks?.beforeValidate) || !Array.isArray(hooks?.afterRead)) {
    // The adapter's shape changed with an upgrade: fail at start, never save unchecked.
    throw new Error('The Lexical adapter no longer has the rich text hooks the check runs before.')
  }
  return { ...hooks, beforeValidate: hooks.beforeValidate, afterRead: hooks.afterRead }
}

/**
 * The Lexical editor with its documents checked before Payload's own rich text hooks walk them:
 * a value that is not the shape Lexical's nodes require (children that are not a list of nodes,
 * a text node whose text is not text, a null node) is refused with a validation error naming the
 * field and the path inside it, for every rich text field of every collection and global, over
 * every API, before anything is stored. A value already stored that fails the check is read as
 * its text.
 */
export const checkedEditor =
  (editor: LexicalRichTextAdapterProvider): LexicalRichTextAdapterProvider =>
  async (args) => {
    const adapter = await editor(args)
    const hooks = hooksOf(adapter)
    return {
      ...adapter,
      hooks: {
        ...hooks,
        beforeValidate: [checkShape, ...hooks.beforeValidate],
        afterRead: [readAsText, ...hooks.afterRead],
      },
    }
  }
