/**
 * The handout engine's one intermediate form: templates compose it from clinic content, and
 * the PDF and email renderers take exactly it. Plain data: no Payload, no functions.
 *
 * Generic in how it holds its pictures: `HandoutImage` (one size's bytes) is what the
 * renderers draw; a send's snapshot holds `SnapshotImage` (checksums of each size) instead.
 */

export type Inline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean; underline?: boolean }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'lineBreak' }

/** An image the renderers can embed: PNG or JPEG bytes (pdfkit reads only those). */
export type HandoutImage = {
  /** Stable key, used as the email's Content-ID. */
  key: string
  data: Uint8Array
  mimeType: 'image/png' | 'image/jpeg'
  width: number
  height: number
  alt: string
}

export type DosageRow = {
  /** e.g. "Duration", "Reps", "Time of day" */
  label: string
  /** e.g. "5 min", "10", "Morning, evening" */
  value: string
}

export type Block<I = HandoutImage> =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: ListItem[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'image'; image: I; caption?: string }
  | {
      type: 'techniqueCard'
      /** Printed as "1", "2", … on the card. */
      number: number
      name: string
      summary?: string
      image?: I
      steps: string[]
      dosage: DosageRow[]
      cues?: string[]
      precautions?: string[]
      /** The clinician's note for this patient. */
      note?: string
      /** Starts where it stands and goes on over the page, rather than moved whole to the next. */
      breakable?: boolean
    }
  | { type: 'dosageTable'; caption?: string; rows: DosageRow[] }
  | {
      type: 'callout'
      tone: 'warning' | 'tip'
      title: string
      items?: string[]
      children?: Inline[]
      /**
       * Printed where it stands, going on over the page if it must, rather than moved whole to
       * the next page: the safety box that belongs on page 1.
       */
      breakable?: boolean
    }
  | { type: 'resourceList'; title?: string; resources: ResourceEntry[] }
  | { type: 'contact'; lines: string[]; signature?: string }

export type ListItem = { children: Inline[]; sublist?: { ordered: boolean; items: ListItem[] } }

export type ResourceEntry = { title: string; kind?: string; summary?: string; url?: string }

export type Branding<I = HandoutImage> = {
  clinicName: string
  logo?: I
  /** Hex colours, e.g. "#2E6F62". */
  primaryColour: string
  accentColour: string
  /** Lines of contact detail: address, phone, email, website. */
  contactLines: string[]
  footer?: string
  disclaimer?: string
}

export type HandoutDocument<I = HandoutImage> = {
  meta: {
    title: string
    /** Shown under the title, e.g. "Your home program" or the focus conditions. */
    subtitle?: string
    /** BCP 47, e.g. "en". */
    language: string
    patientName?: string
    clinicianName?: string
    /** ISO date the handout is for. */
    date: string
    template: string
    /** The patient's own program page: a button in the email, a link and QR code in the PDF. */
    programLink?: string
  }
  branding: Branding<I>
  layout: { paper: 'A4' | 'LETTER'; largePrint: boolean }
  blocks: Block<I>[]
}
