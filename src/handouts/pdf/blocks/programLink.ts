import QRCode from 'qrcode'

import type { RenderContext } from '../context'
import { fromStart } from '../layout/direction'
import { piece, type Piece } from '../layout/piece'
import { artifact, type StructTag } from '../tagging'
import { drawTextBox } from '../text/drawText'
import { plainRuns } from '../text/runs'
import { layoutText } from '../text/textBox'

/** Four modules of white around the code, as the QR standard asks. */
const QUIET_MODULES = 4

export const programLinkLabels = {
  heading: 'Your program on your phone',
  scan: "Scan the code with your phone's camera, or type this link. It always shows the latest version your clinician sent.",
}

/** Dark modules of the link's QR code as rows of runs, so each run is one rectangle. */
const darkRuns = (url: string) => {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const runs: { row: number; column: number; length: number }[] = []
  for (let row = 0; row < modules.size; row++) {
    let start = -1
    for (let column = 0; column <= modules.size; column++) {
      const dark = column < modules.size && modules.get(row, column)
      if (dark && start < 0) {
        start = column
      } else if (!dark && start >= 0) {
        runs.push({ row, column: start, length: column - start })
        start = -1
      }
    }
  }
  return { size: modules.size, runs }
}

/**
 * On page 1, under the title: the patient's program page as a QR code drawn in vector squares
 * (sharp at any zoom or printer) beside the link written out.
 */
export const programLinkPieces = (
  ctx: RenderContext,
  url: string | undefined,
  parent: StructTag,
  width: number,
): Piece[] => {
  if (!url) {
    return []
  }
  const { theme, doc } = ctx
  const code = darkRuns(url)
  const side = theme.bodySize * 7
  const module = side / (code.size + 2 * QUIET_MODULES)
  const gap = theme.bodySize
  const textWidth = width - side - gap
  const heading = layoutText(
    ctx,
    plainRuns(programLinkLabels.heading),
    theme.style('heading3'),
    textWidth,
  )
  const scan = layoutText(
    ctx,
    plainRuns(programLinkLabels.scan),
    theme.style('paragraph'),
    textWidth,
  )
  const link = layoutText(
    ctx,
    plainRuns(url, { link: url, colour: theme.palette.link }),
    theme.style('paragraph'),
    textWidth,
  )
  const textHeight = heading.height + scan.height + link.height + theme.bodySize * 0.6
  const tag = parent.child('P')
  return [
    piece(
      Math.max(side, textHeight),
      (x, y) => {
        const left = fromStart(ctx, { x, width }, 0, side)
        artifact(doc, () => {
          const origin = QUIET_MODULES * module
          for (const run of code.runs) {
            doc.rect(
              left + origin + run.column * module,
              y + origin + run.row * module,
              run.length * module,
              module,
            )
          }
          doc.fill('#000000')
        })
        const textLeft = fromStart(ctx, { x, width }, side + gap, textWidth)
        let top = y + Math.max(0, (side - textHeight) / 2)
        drawTextBox(ctx, heading, textLeft, top, tag)
        top += heading.height + theme.bodySize * 0.3
        drawTextBox(ctx, scan, textLeft, top, tag)
        top += scan.height + theme.bodySize * 0.3
        drawTextBox(ctx, link, textLeft, top, tag)
      },
      { spaceBefore: theme.bodySize * 0.5, spaceAfter: theme.bodySize },
    ),
  ]
}
