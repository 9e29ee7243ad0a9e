import type { ResourceEntry } from '../../document'
import { textPieces } from '../layout/textPieces'
import { plainRuns, safeLink, type Run } from '../text/runs'
import { layoutText } from '../text/textBox'
import type { BlockOf, BlockRenderer } from './types'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * Further reading and videos: each entry's title (a link when it has a URL), its kind, a short
 * summary and the address written out, so the printed page still says where to go.
 */
export const resourceListPieces: BlockRenderer<BlockOf<'resourceList'>> = (
  ctx,
  block,
  parent,
  width,
) => {
  const entries = (Array.isArray(block.resources) ? block.resources : []).filter(
    (entry): entry is ResourceEntry => !!entry && text(entry.title) !== '',
  )
  if (entries.length === 0) {
    return []
  }
  const { theme } = ctx
  const heading = theme.style('heading3')
  const titleStyle = theme.style('resourceTitle')
  const bodyStyle = theme.style('resourceText')
  const urlStyle = { ...theme.style('caption'), spaceAfter: 0 }
  const paragraph = theme.style('paragraph')
  const title = text(block.title)
  const headingPieces = title
    ? textPieces(ctx, layoutText(ctx, plainRuns(title), heading, width), parent.child('H3'), {
        keepTogether: true,
        keepWithNext: true,
        spaceBefore: heading.spaceBefore,
        spaceAfter: heading.spaceAfter,
      })
    : []
  const list = parent.child('L')
  const entryPieces = entries.flatMap((entry, index) => {
    const body = list.child('LI').child('LBody')
    const url = safeLink(entry.url)
    const kind = text(entry.kind)
    const titleRuns: Run[] = [
      { text: text(entry.title), link: url },
      ...(kind ? [{ text: `  ·  ${kind}`, bold: false, colour: theme.palette.muted }] : []),
    ]
    const parts = [
      textPieces(ctx, layoutText(ctx, titleRuns, titleStyle, width), body.child('P'), {
        keepTogether: true,
      }),
      textPieces(
        ctx,
        layoutText(ctx, plainRuns(text(entry.summary)), bodyStyle, width),
        body.child('P'),
      ),
      url
        ? textPieces(
            ctx,
            layoutText(ctx, [{ text: url, link: url }], urlStyle, width),
            body.child('P'),
          )
        : [],
    ].flat()
    return parts.map((p, i) => ({
      ...p,
      keepWithNext: i < parts.length - 1 || (!!title && index === 0 && parts.length === 1),
      spaceBefore: i === 0 ? paragraph.size * 0.5 : 0,
      spaceAfter: i === parts.length - 1 ? paragraph.size * 0.5 : 0,
    }))
  })
  const pieces = [...headingPieces, ...entryPieces]
  const last = pieces.length - 1
  pieces[last] = { ...pieces[last], spaceAfter: paragraph.spaceAfter * 1.5 }
  return pieces
}
