import { readFile } from 'node:fs/promises'
import path from 'node:path'

import * as fontkit from 'fontkit'

import { projectRoot } from '../../../paths'
import { sfntFromWoff } from './woff'

/** One font file, parsed. `key` is the name it is registered under in each PDF. */
export type Face = {
  key: string
  font: fontkit.Font
  bold: boolean
  italic: boolean
  /**
   * Small and drawn in every handout (the body text faces): embedded whole rather than subset,
   * so its font program is the same in every document and is built once per process.
   */
  embedWhole: boolean
}

export type FaceStyle = { bold: boolean; italic: boolean }

/** The faces for one weight and style, tried in order for each character. */
export type FaceStack = readonly Face[]

export type FontLibrary = {
  /** The body face first, then Hebrew, then DejaVu's wide coverage (Greek, Cyrillic, Arabic, symbols). */
  stack: (style: FaceStyle) => FaceStack
  /** The face whose metrics set line heights and baselines. */
  primary: Face
}

const modulePath = (pkg: string, file: string) => path.join(projectRoot, 'node_modules', pkg, file)

const ATKINSON = '@fontsource/atkinson-hyperlegible-next'
const HEBREW = '@fontsource/noto-sans-hebrew'
const DEJAVU = 'dejavu-fonts-ttf'

const styleSuffix = ({ bold, italic }: FaceStyle) =>
  `${bold ? 700 : 400}-${italic ? 'italic' : 'normal'}`

type FaceFile = { key: string; file: string; style: FaceStyle; embedWhole?: boolean }

const STYLES: FaceStyle[] = [
  { bold: false, italic: false },
  { bold: true, italic: false },
  { bold: false, italic: true },
  { bold: true, italic: true },
]

const dejavuFile = ({ bold, italic }: FaceStyle) =>
  `ttf/DejaVuSans${bold || italic ? '-' : ''}${bold ? 'Bold' : ''}${italic ? 'Oblique' : ''}.ttf`

/**
 * Files per style, in fallback order. Hebrew has no italics: upright is correct. Arabic comes
 * from DejaVu Sans, whose letters are whole glyphs: Noto Sans Arabic draws dots as separate
 * marks, so text copied out of the PDF loses them (ب and ن share a glyph).
 */
const stackFiles = (style: FaceStyle): FaceFile[] => {
  const upright = { bold: style.bold, italic: false }
  const atkinson = (subset: string): FaceFile => ({
    key: `atkinson-${subset}-${styleSuffix(style)}`,
    file: modulePath(
      ATKINSON,
      `files/atkinson-hyperlegible-next-${subset}-${styleSuffix(style)}.woff`,
    ),
    style,
    embedWhole: subset === 'latin',
  })
  const hebrew: FaceFile = {
    key: `noto-sans-hebrew-${styleSuffix(upright)}`,
    file: modulePath(HEBREW, `files/noto-sans-hebrew-hebrew-${styleSuffix(upright)}.woff`),
    style: upright,
  }
  return [
    atkinson('latin'),
    atkinson('latin-ext'),
    hebrew,
    { key: `dejavu-${styleSuffix(style)}`, file: modulePath(DEJAVU, dejavuFile(style)), style },
  ]
}

export const openFont = (bytes: Buffer): fontkit.Font => {
  const font = fontkit.create(sfntFromWoff(bytes))
  if ('fonts' in font) {
    throw new Error('Expected a single font, got a collection')
  }
  return font
}

const loadFace = async ({ key, file, style, embedWhole }: FaceFile): Promise<Face> => ({
  key,
  font: openFont(await readFile(file)),
  ...style,
  embedWhole: embedWhole === true,
})

const styleIndex = ({ bold, italic }: FaceStyle) =>
  STYLES.findIndex((style) => style.bold === bold && style.italic === italic)

const loadLibrary = async (): Promise<FontLibrary> => {
  const stacks = await Promise.all(
    STYLES.map((style) => Promise.all(stackFiles(style).map(loadFace))),
  )
  // Faces shared by two stacks (upright Arabic in regular and italic) become one object.
  const byKey = new Map<string, Face>()
  const shared = stacks.map((stack) =>
    stack.map((face) => byKey.get(face.key) ?? (byKey.set(face.key, face), face)),
  )
  return {
    stack: (style) => shared[styleIndex(style)],
    primary: shared[0][0],
  }
}

/**
 * Parsing fonts is most of the cost of a handout, so each file is read and parsed once per
 * process. fontkit fonts are immutable after parsing, so documents can share them.
 */
let library: Promise<FontLibrary> | undefined

export const fontLibrary = (): Promise<FontLibrary> => {
  library ??= loadLibrary().catch((error: unknown) => {
    library = undefined
    throw error
  })
  return library
}
