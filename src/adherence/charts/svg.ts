import { escapeXml } from '../escapeXml'

/** Coordinates to a hundredth of a unit: finer is invisible and only lengthens the markup. */
const round = (value: number) => Math.round(value * 100) / 100

/** An SVG element's attributes, values escaped; undefined ones left out. */
export const attributes = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(
      ([name, value]) =>
        ` ${name}="${escapeXml(typeof value === 'number' ? round(value) : (value as string))}"`,
    )
    .join('')

export const element = (
  name: string,
  values: Record<string, string | number | undefined>,
  content = '',
) => `<${name}${attributes(values)}${content ? `>${content}</${name}>` : '/>'}`

export const text = (values: Record<string, string | number | undefined>, content: string) =>
  `<text${attributes(values)}>${escapeXml(content)}</text>`

/**
 * An accessible chart: `role="img"`, its title and description read by screen readers (and
 * shown as a tooltip), scaled to its container's width.
 */
export const svgDocument = (
  {
    id,
    width,
    height,
    title,
    description,
  }: {
    id: string
    width: number
    height: number
    title: string
    description: string
  },
  content: string,
) =>
  `<svg xmlns="http://www.w3.org/2000/svg"${attributes({
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    style: `max-width:${width}px;height:auto;font-family:inherit`,
  })}><title id="${escapeXml(id)}-title">${escapeXml(title)}</title><desc id="${escapeXml(id)}-desc">${escapeXml(description)}</desc>${content}</svg>`
