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
.visually-hidden{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
button.button{font:inherit;font-weight:700;cursor:pointer}
button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid ${INK};outline-offset:2px}
.today,.week,.reminders{margin:1.5rem 0}
.today>h2,.week>h2,.reminders>h2{margin-top:0}
.log-card{border:2px solid #D5D9DD;border-radius:.75rem;padding:1rem;margin:0 0 1rem;background:#FFFFFF}
.log-card.is-done{border-color:${colours.primary};background:${colours.primaryTint}}
.log-card h3{margin-bottom:.2em}
.log-status{font-weight:700;margin:0 0 .6em}
.log-status:focus{outline:3px solid ${INK};outline-offset:2px}
.tick{display:inline-flex;align-items:center;justify-content:center;width:1.5em;height:1.5em;border-radius:50%;background:${colours.primary};color:${colours.onPrimary}}
.last-note{border-inline-start:4px solid ${colours.primary};padding:.2em 0 .2em .8em;margin:0 0 .8em}
.last-note p{margin:0}
.last-note-day{font-weight:700;font-size:.95em;color:#3A4047}
fieldset{border:0;margin:0 0 .8em;padding:0;min-width:0}
legend{font-weight:700;padding:0;margin-bottom:.4em}
.field-label{display:block;font-weight:700;margin:0 0 .3em}
.hint{font-size:.92em;color:#3A4047;margin:.25em 0 .6em}
.pain-scale{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:.35rem}
@media (min-width:40rem){.pain-scale{grid-template-columns:repeat(12,minmax(0,1fr))}}
.pain-choice,.choice{position:relative;display:block}
.pain-choice input,.choice input{position:absolute;opacity:0;inset:0;width:100%;height:100%;margin:0;cursor:pointer}
.pain-choice span:not(.visually-hidden),.choice span:not(.visually-hidden){display:flex;align-items:center;justify-content:center;min-height:44px;min-width:44px;padding:0 .6rem;border:2px solid #6B737B;border-radius:.5rem;background:#FFFFFF;font-weight:700;white-space:nowrap;overflow-wrap:normal}
.pain-choice span:not(.visually-hidden){min-width:0;padding:0}
.pain-choice input:checked+span,.choice input:checked+span{background:${colours.primary};border-color:${colours.primary};color:${colours.onPrimary}}
.pain-choice input:focus-visible+span,.choice input:focus-visible+span{outline:3px solid ${INK};outline-offset:2px}
textarea,input[type=time]{display:block;width:100%;font:inherit;padding:.6rem .7rem;border:2px solid #6B737B;border-radius:.5rem;background:#FFFFFF;color:${INK};min-height:44px}
input[type=time]{max-width:12rem;margin-bottom:.8em}
.form-error{color:#A4161A;font-weight:700;margin:0}
.form-error:empty{display:none}
.log-actions{display:flex;flex-wrap:wrap;gap:.6rem;margin-top:.6rem}
.log-actions .button{flex:1 1 8rem}
.week-summary{font-size:1.15em;font-weight:700}
.week-chart{display:grid;grid-template-columns:repeat(7,minmax(0,1fr));gap:.3rem;list-style:none;padding:0;margin:0 0 .5rem}
.week-day{display:flex;flex-direction:column;align-items:center;justify-content:flex-end;gap:.3rem;padding:.4rem 0;border-radius:.5rem;min-height:5.5rem}
.week-day.is-today{background:${colours.primaryTint};outline:2px solid ${colours.primary}}
.dots{display:flex;flex-direction:column-reverse;align-items:center;gap:.2rem}
.dot{display:inline-block;width:.9rem;height:.9rem;border-radius:50%;border:2px solid ${colours.primary};vertical-align:middle}
.dot.done{background:${colours.primary}}
.dot.open{background:#FFFFFF}
.day-name{font-size:.85em;font-weight:700}
.legend{font-size:.92em;color:#3A4047}
.choices{display:flex;gap:.5rem;flex-wrap:wrap}
.choices legend{width:100%}
.choices .choice{flex:0 1 8rem}
.day-choices{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:.4rem}
@media (min-width:40rem){.day-choices{grid-template-columns:repeat(7,minmax(0,1fr))}}
footer{padding:1.25rem;border-top:1px solid #D5D9DD;color:#3A4047;font-size:.95em}
footer p{margin:0 0 .5em}
`.trim()
  return { css, hash: `'sha256-${createHash('sha256').update(css).digest('base64')}'` }
}
