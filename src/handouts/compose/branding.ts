import { DEFAULT_ACCENT, DEFAULT_PRIMARY } from '../brand/colour'
import type { Branding } from '../document'
import type { ComposedImage, ComposeContext } from './context'
import { idOf } from '../../relationships/idOf'
import { loadImages } from './images'

/** Clinic settings as the handout's branding: every template is dressed in it. */
export const loadBranding = async (context: ComposeContext): Promise<Branding<ComposedImage>> => {
  const settings = await context.reader.findGlobal({ slug: 'clinic-settings', depth: 0 })
  const logoId = idOf(settings.logo)
  const contactLines = [
    ...(settings.address?.split('\n') ?? []),
    settings.phone ? `Phone: ${settings.phone}` : '',
    settings.email ? `Email: ${settings.email}` : '',
    settings.website ?? '',
  ]
    .map((line) => line.trim())
    .filter(Boolean)
  return {
    clinicName: settings.name || 'Your clinic',
    logo: logoId === undefined ? undefined : (await loadImages(context, [logoId])).get(logoId),
    primaryColour: settings.primaryColour || DEFAULT_PRIMARY,
    accentColour: settings.accentColour || DEFAULT_ACCENT,
    contactLines,
    footer: settings.handoutFooter ?? undefined,
    disclaimer: settings.disclaimer ?? undefined,
  }
}
