import { DEFAULT_ACCENT, DEFAULT_PRIMARY } from '../handouts/brand/colour'
import { markup } from '../handouts/email/html/markup'
import type { Clinic } from '../handouts/page/notFound'
import { pageShell, type RenderedPage } from '../handouts/page/page'

const words = {
  en: {
    title: 'This program cannot be shown',
    body: 'Something is wrong with the copy we kept of it. Please ask your clinic to send your program again.',
    call: (phone: string) => `Call your clinic: ${phone}`,
  },
  es: {
    title: 'No se puede mostrar este programa',
    body: 'Hay un problema con la copia que guardamos. Pida a su clínica que le envíe su programa de nuevo.',
    call: (phone: string) => `Llame a su clínica: ${phone}`,
  },
}

/**
 * The page for a link whose program was sent but whose stored copy cannot be read: it says
 * so plainly and how to get it again, and shows nothing of the program.
 */
export const unreadableProgramPage = (clinic: Clinic, language: 'en' | 'es'): RenderedPage => {
  const text = words[language]
  const phone = clinic.phone?.trim()
  return pageShell({
    language,
    title: `${text.title} · ${clinic.name}`,
    large: false,
    branding: { primaryColour: DEFAULT_PRIMARY, accentColour: DEFAULT_ACCENT },
    body: markup`<header class="top"><p class="clinic">${clinic.name}</p></header><main><h1>${text.title}</h1><p>${text.body}</p>${
      phone
        ? markup`<p><a class="button primary" href="tel:${phone.replace(/[^\d+]/g, '')}">${text.call(phone)}</a></p>`
        : ''
    }</main>`,
  })
}
