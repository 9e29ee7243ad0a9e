import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { projectRoot } from '../../../paths'
import { type Face, openFont } from './fontLibrary'

/**
 * Chinese and Japanese come from Noto Sans SC, Korean from Noto Sans KR, both cut into Google
 * Fonts' unicode-range slices (see src/handouts/fonts/). A document loads only the slices its
 * text needs; each slice is parsed once per process.
 */

const FONTS_DIRECTORY = path.join(projectRoot, 'src', 'handouts', 'fonts')

type Family = 'noto-sans-sc' | 'noto-sans-kr'

type Range = { from: number; to: number; slice: string }

/** Blocks where a CJK face is preferred over the Latin faces' and DejaVu's look-alikes. */
const CJK_BLOCKS: [number, number][] = [
  [0x1100, 0x11ff],
  [0x2e80, 0x2fdf],
  [0x3000, 0x30ff],
  [0x3100, 0x31ff],
  [0x3200, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x2fa1f],
]

const HANGUL: [number, number][] = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
]

const within = (blocks: [number, number][], codePoint: number) =>
  blocks.some(([from, to]) => codePoint >= from && codePoint <= to)

/** Below the first CJK block (U+1100) nothing is CJK: most text returns at once. */
export const isCjk = (codePoint: number): boolean =>
  codePoint >= 0x1100 && within(CJK_BLOCKS, codePoint)

/** Korean in the Korean face, so a word never mixes two designs; everything else SC first. */
const familiesFor = (codePoint: number): Family[] =>
  within(HANGUL, codePoint) ? ['noto-sans-kr', 'noto-sans-sc'] : ['noto-sans-sc', 'noto-sans-kr']

const parseRanges = (json: Record<string, string>): Range[] =>
  Object.entries(json)
    .flatMap(([slice, list]) =>
      list.split(',').map((entry) => {
        const [from, to] = entry.trim().replace(/^U\+/i, '').split('-')
        return { from: parseInt(from, 16), to: parseInt(to ?? from, 16), slice }
      }),
    )
    .sort((a, b) => a.from - b.from)

const rangeTables = new Map<string, Promise<Range[]>>()
const slices = new Map<string, Promise<Face>>()

const cached = <T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>) => {
  let value = map.get(key)
  if (!value) {
    value = load()
    value.catch(() => map.delete(key))
    map.set(key, value)
  }
  return value
}

const rangesOf = (family: Family): Promise<Range[]> =>
  cached(rangeTables, family, async () =>
    parseRanges(
      JSON.parse(
        await readFile(path.join(FONTS_DIRECTORY, family, 'ranges.json'), 'utf8'),
      ) as Record<string, string>,
    ),
  )

const sliceOf = (table: Range[], codePoint: number): string | undefined => {
  let low = 0
  let high = table.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const range = table[middle]
    if (codePoint < range.from) {
      high = middle - 1
    } else if (codePoint > range.to) {
      low = middle + 1
    } else {
      return range.slice
    }
  }
  return undefined
}

const loadSlice = (family: Family, slice: string): Promise<Face> =>
  cached(slices, `${family}/${slice}`, async () => ({
    key: `${family}-${slice}`,
    font: openFont(await readFile(path.join(FONTS_DIRECTORY, family, `${slice}.woff`))),
    bold: false,
    italic: false,
    embedWhole: false,
  }))

/** The CJK faces one document needs, looked up by code point. */
export type CjkFaces = { faceFor: (codePoint: number) => Face | undefined }

/** One object for every document without CJK text, so what depends on it can be shared. */
const NO_CJK: CjkFaces = { faceFor: () => undefined }

export const loadCjkFaces = async (codePoints: Iterable<number>): Promise<CjkFaces> => {
  const wanted = [...codePoints].filter(isCjk)
  if (wanted.length === 0) {
    return NO_CJK
  }
  const families: Family[] = ['noto-sans-sc', 'noto-sans-kr']
  const tables = new Map(
    await Promise.all(families.map(async (family) => [family, await rangesOf(family)] as const)),
  )
  const sliceKey = (family: Family, codePoint: number) => {
    const slice = sliceOf(tables.get(family) ?? [], codePoint)
    return slice === undefined ? undefined : { family, slice }
  }
  const needed = new Map(
    wanted
      .flatMap((codePoint) => families.map((family) => sliceKey(family, codePoint)))
      .filter((key) => key !== undefined)
      .map((key) => [`${key.family}/${key.slice}`, key]),
  )
  const loaded = new Map(
    await Promise.all(
      [...needed].map(
        async ([id, { family, slice }]) => [id, await loadSlice(family, slice)] as const,
      ),
    ),
  )
  return {
    faceFor: (codePoint) => {
      if (!isCjk(codePoint)) {
        return undefined
      }
      for (const family of familiesFor(codePoint)) {
        const key = sliceKey(family, codePoint)
        const face = key && loaded.get(`${key.family}/${key.slice}`)
        if (face?.font.hasGlyphForCodePoint(codePoint)) {
          return face
        }
      }
      return undefined
    },
  }
}
