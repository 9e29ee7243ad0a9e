import type { ImageRegistry } from '../images'
import type { Theme } from '../theme/theme'

/** What every HTML block renderer needs besides its block; made fresh for each render. */
export type HtmlContext = {
  theme: Theme
  images: ImageRegistry
  /** The side text starts on: "left", or "right" in a right-to-left language. */
  start: 'left' | 'right'
  clinicianName?: string
}
