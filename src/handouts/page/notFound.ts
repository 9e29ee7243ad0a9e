import { markup } from '../email/html/markup'
import { DEFAULT_ACCENT, DEFAULT_PRIMARY } from '../brand/colour'
import { pageLabels } from './labels'
import { pageShell, type RenderedPage } from './page'

export type Clinic = { name: string; phone?: string | null }

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/**
 * The one answer for every link that does not open a program (unknown, stopped, expired):
 * it says nothing about which, only how to get a new one.
 */
export const notFoundPage = (clinic: Clinic, language: string): RenderedPage => {
  const labels = pageLabels(language)
  return messagePage(clinic, language, labels.notFoundTitle, labels.notFoundBody)
}

/** Too many lookups from one address: the same kind of page, asking to wait. */
export const tooManyPage = (clinic: Clinic, language: string): RenderedPage => {
  const labels = pageLabels(language)
  return messagePage(clinic, language, labels.tooManyTitle, labels.tooManyBody)
}

const messagePage = (clinic: Clinic, language: string, title: string, text: string) => {
  const labels = pageLabels(language)
  const phone = clinic.phone?.trim()
  return pageShell({
    language,
    title: `${title} · ${clinic.name}`,
    large: false,
    branding: { primaryColour: DEFAULT_PRIMARY, accentColour: DEFAULT_ACCENT },
    body: markup`<header class="top"><p class="clinic">${clinic.name}</p></header><main><h1>${title}</h1><p>${text}</p>${
      phone
        ? markup`<p><a class="button primary" href="${telHref(phone)}">${labels.callClinic(phone)}</a></p>`
        : ''
    }</main>`,
  })
}
