import type { LexicalRichTextAdapter, lexicalEditor } from '@payloadcms/richtext-lexical'
import { ValidationError } from 'payload'

import { describeRichTextProblems, richTextProblems } from './lexicalShape'

/**
 * Set `context: { [SKIP_RICH_TEXT_CHECK]: true }` on a Local API call to store rich text as
 * given (tests that need a document holding bad rich text, as older data may). Context is
 * server-side only: no HTTP request can set it.
 */
export const SKIP_RICH_TEXT_CHECK = 'skipRichTextCheck'

type LexicalRichTextAdapterProvider = ReturnType<typeof lexicalEditor>
type BeforeValidateRichTextHook = NonNullable<
  NonNullable<LexicalRichTextAdapter['hooks']>['beforeValidate']
>[number]

const checkShape: BeforeValidateRichTextHook = ({
  collection,
  context,
  global,
  path,
  req,
  value,
}) => {
  if (value === undefined || value === null || context?.[SKIP_RICH_TEXT_CHECK] === true) {
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
 * The Lexical editor with its documents checked before Payload's own rich text hooks walk them:
 * a value that is not the shape Lexical's nodes require (children that are not a list of nodes,
 * a text node whose text is not text, a null node) is refused with a validation error naming the
 * field and the path inside it, for every rich text field of every collection and global, over
 * every API, before anything is stored.
 */
export const checkedEditor =
  (editor: LexicalRichTextAdapterProvider): LexicalRichTextAdapterProvider =>
  async (args) => {
    const adapter = await editor(args)
    if (!Array.isArray(adapter.hooks?.beforeValidate)) {
      // The adapter's shape changed with an upgrade: fail at start, never save unchecked.
      throw new Error('The Lexical adapter no longer has beforeValidate hooks to check rich text.')
    }
    return {
      ...adapter,
      hooks: { ...adapter.hooks, beforeValidate: [checkShape, ...adapter.hooks.beforeValidate] },
    }
  }
