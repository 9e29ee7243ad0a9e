/**
 * The tagged-PDF structure tree. Elements are created when their first content is drawn and are
 * attached to their parent in the same step, so none is ever left unattached (an unattached
 * element makes pdfkit's `end()` wait for ever). Everything not tagged is drawn as an artifact.
 */

type Pdf = PDFKit.PDFDocument

export type StructOptions = PDFKit.Mixins.StructureElementOptions & {
  /** For TH cells: which cells the header describes. */
  scope?: 'Row' | 'Column'
}

export type StructTag = {
  readonly type: string
  element: () => PDFKit.PDFStructureElement
  child: (type: string, options?: StructOptions) => StructTag
  /** Draws content as marked content belonging to this element. */
  mark: (draw: () => void) => void
  /** Closes the element: no more children (needed before a page change for links). */
  end: () => void
}

const createTag = (
  doc: Pdf,
  parent: () => PDFKit.PDFStructureElement,
  type: string,
  options: StructOptions = {},
  existing?: PDFKit.PDFStructureElement,
): StructTag => {
  let element = existing
  const tag: StructTag = {
    type,
    element: () => {
      if (!element) {
        // pdfkit reads `scope` though its types leave it out.
        element = doc.struct(type, options as PDFKit.Mixins.StructureElementOptions)
        parent().add(element)
      }
      return element
    },
    child: (childType, childOptions) => createTag(doc, tag.element, childType, childOptions),
    mark: (draw) => {
      const target = tag.element()
      const content = doc.markStructureContent(type)
      draw()
      doc.endMarkedContent()
      target.add(content)
    },
    end: () => element?.end(),
  }
  return tag
}

/** The Document element at the root of the tree, attached at once. */
export const documentTag = (doc: Pdf): StructTag => {
  const root = doc.struct('Document')
  doc.addStructure(root)
  return createTag(doc, () => root, 'Document', {}, root)
}

/** Draws decoration (rules, backgrounds, page furniture) that assistive technology skips. */
export const artifact = (doc: Pdf, draw: () => void, type: 'Pagination' | 'Layout' = 'Layout') => {
  doc.markContent('Artifact', { type })
  draw()
  doc.endMarkedContent()
}
