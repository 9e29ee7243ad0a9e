import type { Block, Branding } from '../document'

export const contactBlock = (branding: Branding, signature?: string): Block => ({
  type: 'contact',
  lines: [branding.clinicName, ...branding.contactLines],
  ...(signature ? { signature } : {}),
})
