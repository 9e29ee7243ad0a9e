const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text made safe inside SVG or HTML markup and its attributes. */
export const escapeXml = (text: string | number): string =>
  String(text).replace(/[&<>"']/g, (c) => ENTITIES[c])
