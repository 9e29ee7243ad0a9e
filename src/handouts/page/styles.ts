import { createHash } from 'node:crypto'

import { brandColours, INK } from '../brand/colour'
import type { Branding } from '../document'

/** The page's one style sheet, in the clinic's colours, and its hash for the CSP. */
export const pageStyles = (branding: Pick<Branding, 'primaryColour' | 'accentColour'>) => {
  const colours = brandColours(branding)
  const css = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#F4F5F4;color:${INK};font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.0625rem;line-height:1.55;overflow-wrap:anywhere}
body.large{font-size:1.4rem;line-height:1.6}
.page{max-width:44rem;margin:0 auto;background:#FFFFFF;min-height:100vh}
.top{display:flex;align-items:center;gap:.75rem;padding:1rem 1.25rem;border-bottom:4px solid ${colours.primary}}
.top img{max-height:3rem;width:auto}
.clinic{margin:0;font-weight:700;color:${colours.primaryText}}
main{padding:1.25rem}
h1{font-size:1.75em;line-height:1.2;margin:.25em 0 .2em;color:${colours.primaryText}}
h2{font-size:1.3em;line-height:1.25;margin:1.6em 0 .5em;color:${colours.primaryText}}
h3{font-size:1.12em;line-height:1.3;margin:0 0 .4em}
h4{font-size:1em;margin:1em 0 .3em}
p,ul,ol,dl,blockquote,figure{margin:0 0 .8em}
.subtitle{font-size:1.1em;color:#3A4047}
.updated{color:#3A4047;margin-bottom:1rem}
.tools{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0 1.5rem}
.button{display:inline-flex;align-items:center;justify-content:center;min-height:44px;min-width:44px;padding:.55rem 1.1rem;border-radius:.5rem;font-weight:700;text-decoration:none;border:2px solid ${colours.primary}}
.button.primary{background:${colours.primary};color:${colours.onPrimary}}
.button.secondary{background:#FFFFFF;color:${colours.primaryText}}
a{color:${colours.primaryText};text-decoration-thickness:.08em;text-underline-offset:.15em}
a:focus-visible{outline:3px solid ${INK};outline-offset:3px;box-shadow:0 0 0 6px #FFFFFF}
img{max-width:100%;height:auto}
figure img{display:block;border-radius:.4rem}
figcaption{font-size:.9em;color:#3A4047;margin-top:.3em}
.card{border:1px solid #D5D9DD;border-radius:.6rem;padding:1rem;margin:0 0 1.1rem}
.card .number{display:inline-flex;align-items:center;justify-content:center;min-width:1.8em;height:1.8em;margin-inline-end:.5em;border-radius:50%;background:${colours.primary};color:${colours.onPrimary};font-size:.9em}
.dosage{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;background:${colours.primaryTint};padding:.6em .8em;border-radius:.4rem}
.dosage dt{font-weight:700}
.dosage dd{margin:0}
.note{border-inline-start:4px solid ${colours.primary};padding-inline-start:.8em}
.callout{border-radius:.6rem;padding:1rem;margin:1.5rem 0}
.callout h2{margin-top:0}
.callout.warning{background:${colours.accentTint};border:2px solid ${colours.accent}}
.callout.warning h2{color:${colours.accentText}}
.callout.tip{background:${colours.primaryTint}}
blockquote{border-inline-start:4px solid #D5D9DD;padding-inline-start:.8em;font-style:italic}
address{font-style:normal}
footer{padding:1.25rem;border-top:1px solid #D5D9DD;color:#3A4047;font-size:.95em}
footer p{margin:0 0 .5em}
`.trim()
  return { css, hash: `'sha256-${createHash('sha256').update(css).digest('base64')}'` }
}
