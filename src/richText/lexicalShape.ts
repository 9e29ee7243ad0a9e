import { z } from 'zod'

/**
 * The shape Lexical's nodes must have for the editor to open a document, for Payload's rich
 * text hooks to walk it and for our handout converter to draw it. Extra properties are kept
 * (each node type has its own); what is checked is what a walker or a renderer reads.
 */

/** Nodes that hold other nodes: Lexical's element nodes we use, and the root. */
export const ELEMENT_TYPES = [
  'root',
  'paragraph',
  'heading',
  'list',
  'listitem',
  'quote',
  'link',
  'autolink',
] as const

/** Nodes Lexical allows only inside an element, never directly in the root. */
export const INLINE_TYPES = ['text', 'linebreak', 'tab', 'link', 'autolink'] as const

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)

export type LexicalNodeShape = {
  type: string
  children?: LexicalNodeShape[]
  text?: string
  [key: string]: unknown
}

const lexicalNode: z.ZodType<LexicalNodeShape> = z.lazy(() =>
  z
    .looseObject(
      {
        type: z.string({ error: 'must name its node type (text).' }).min(1).max(64),
        version: z.number({ error: 'must be a number.' }).optional(),
        children: z.array(lexicalNode, { error: 'must be a list of nodes.' }).optional(),
        text: z.string({ error: 'must be text.' }).optional(),
        format: z
          .union([z.number(), z.string()], { error: 'must be a number or text.' })
          .optional(),
        indent: z.number({ error: 'must be a number.' }).optional(),
        direction: z.enum(['ltr', 'rtl'], { error: 'must be ltr, rtl or null.' }).nullish(),
        tag: z.string({ error: 'must be text.' }).max(16).optional(),
        listType: z
          .enum(['bullet', 'number', 'check'], { error: 'must be bullet, number or check.' })
          .optional(),
        fields: z.looseObject({}, { error: 'must be an object of fields or null.' }).nullish(),
      },
      { error: 'must be a node (an object with a type), not this.' },
    )
    .superRefine((node, context) => {
      if (node.type === 'text' && typeof node.text !== 'string') {
        context.addIssue({ code: 'custom', path: ['text'], message: 'must be text.' })
      }
      if ((node.type === 'link' || node.type === 'autolink') && node.fields === null) {
        context.addIssue({
          code: 'custom',
          path: ['fields'],
          message: 'must be an object of fields (a link has its url there).',
        })
      }
      if (isOneOf(ELEMENT_TYPES, node.type) && !Array.isArray(node.children)) {
        context.addIssue({
          code: 'custom',
          path: ['children'],
          message: 'must be a list of nodes.',
        })
      }
    }),
)

const lexicalDocument = z.object(
  {
    root: z
      .looseObject({
        type: z.literal('root', { error: 'must be root.' }),
        children: z.array(lexicalNode, { error: 'must be a list of nodes.' }),
      })
      .superRefine((root, context) => {
        root.children.forEach((child, index) => {
          if (isOneOf(INLINE_TYPES, child.type)) {
            context.addIssue({
              code: 'custom',
              path: ['children', index, 'type'],
              message: `a ${child.type} node must sit inside a paragraph, not in the root.`,
            })
          }
        })
      }),
  },
  { error: 'must be rich text (a Lexical document with a root).' },
)

export type RichTextProblem = { path: string; message: string }

/** At most this many problems are named for one value (the first ones, in document order). */
const PROBLEMS_NAMED = 5

/**
 * What makes `value` not a Lexical document, each with its path inside the value
 * (`root.children.0.text`); empty when it is one. Never throws.
 */
export const richTextProblems = (value: unknown): RichTextProblem[] => {
  const result = lexicalDocument.safeParse(value)
  if (result.success) {
    return []
  }
  return result.error.issues.slice(0, PROBLEMS_NAMED).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message.startsWith('Invalid')
      ? `is not what a Lexical node holds (${issue.message.replace(/^Invalid input: /, '')}).`
      : issue.message,
  }))
}

/** One sentence for a field's problems: `body at root.children.0.text must be text.` */
export const describeRichTextProblems = (field: string, problems: RichTextProblem[]) =>
  problems.map(({ path, message }) => `${field}${path ? ` at ${path}` : ''} ${message}`).join(' ')
