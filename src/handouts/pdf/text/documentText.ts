/** Every string in a value (skipping binary data): what the fonts will have to draw. */
export const codePointsOf = (value: unknown): Set<number> => {
  const codePoints = new Set<number>()
  const seen = new WeakSet<object>()
  const visit = (node: unknown) => {
    if (typeof node === 'string') {
      for (const char of node) {
        codePoints.add(char.codePointAt(0) ?? 0)
      }
      return
    }
    if (!node || typeof node !== 'object' || node instanceof Uint8Array || seen.has(node)) {
      return
    }
    seen.add(node)
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      visit(child)
    }
  }
  visit(value)
  return codePoints
}
