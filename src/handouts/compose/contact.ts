import type { Block, Branding } from '../document'

export const contactBlock = (branding: Branding<unknown>, signature?: string): Block<never> => ({
  type: 'contact',
  lines: [branding.clinicName, ...branding.contactLines],
  ...(signature ? { signature } : {}),
})
