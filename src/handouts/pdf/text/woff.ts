import { inflateSync } from 'node:zlib'

const WOFF_SIGNATURE = 0x774f4646 // 'wOFF'
const HEADER_SIZE = 44
const ENTRY_SIZE = 20

const align4 = (n: number) => (n + 3) & ~3

/**
 * Unpacks a WOFF 1.0 font into the plain TrueType (sfnt) it wraps. fontkit reads WOFF, but it
 * inflates a table again every time it is read — subsetting reads `glyf` once per glyph — so
 * fonts are unpacked once when loaded. Other formats pass through unchanged.
 */
export const sfntFromWoff = (bytes: Buffer): Buffer => {
  if (bytes.length < HEADER_SIZE || bytes.readUInt32BE(0) !== WOFF_SIGNATURE) {
    return bytes
  }
  const flavor = bytes.readUInt32BE(4)
  const numTables = bytes.readUInt16BE(12)
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = HEADER_SIZE + i * ENTRY_SIZE
    const offset = bytes.readUInt32BE(entry + 4)
    const compressedLength = bytes.readUInt32BE(entry + 8)
    const length = bytes.readUInt32BE(entry + 12)
    const stored = bytes.subarray(offset, offset + compressedLength)
    return {
      tag: bytes.subarray(entry, entry + 4),
      checksum: bytes.readUInt32BE(entry + 16),
      data: compressedLength < length ? inflateSync(stored) : stored,
    }
  })
  const log2 = Math.floor(Math.log2(numTables))
  const searchRange = 2 ** log2 * 16
  const directorySize = 12 + numTables * 16
  const size = tables.reduce((sum, table) => sum + align4(table.data.length), directorySize)
  const sfnt = Buffer.alloc(size)
  sfnt.writeUInt32BE(flavor, 0)
  sfnt.writeUInt16BE(numTables, 4)
  sfnt.writeUInt16BE(searchRange, 6)
  sfnt.writeUInt16BE(log2, 8)
  sfnt.writeUInt16BE(numTables * 16 - searchRange, 10)
  let offset = directorySize
  tables.forEach((table, i) => {
    const record = 12 + i * 16
    table.tag.copy(sfnt, record)
    sfnt.writeUInt32BE(table.checksum, record + 4)
    sfnt.writeUInt32BE(offset, record + 8)
    sfnt.writeUInt32BE(table.data.length, record + 12)
    table.data.copy(sfnt, offset)
    offset += align4(table.data.length)
  })
  return sfnt
}
