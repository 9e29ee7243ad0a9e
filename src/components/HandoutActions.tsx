'use client'
import type { UIFieldClientComponent } from 'payload'

import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'
import { createPortal } from 'react-dom'

/** Preview the handout in the panel, download it, or open the email version. */
export const HandoutActions: UIFieldClientComponent = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const programLargePrint = useFormFields(([fields]) => fields.largePrint?.value) as
    boolean | undefined
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4')
  const [largePrint, setLargePrint] = useState<boolean | undefined>(undefined)
  const [previewing, setPreviewing] = useState(false)

  if (!id) {
    return <p className="handout-actions__hint">Save first to make a handout.</p>
  }
  const large = largePrint ?? Boolean(programLargePrint)
  const query = `paper=${paper}&largePrint=${large ? 1 : 0}`
  const base = `${api}/${collectionSlug}/${id}/handout`

  return (
    <div className="handout-actions">
      <h4 className="handout-actions__title">Handout</h4>
      <div className="handout-actions__options">
        <label>
          Paper{' '}
          <select
            value={paper}
            onChange={(event) => setPaper(event.target.value as 'a4' | 'letter')}
          >
            <option value="a4">A4</option>
            <option value="letter">Letter</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={large}
            onChange={(event) => setLargePrint(event.target.checked)}
          />{' '}
          Large print
        </label>
      </div>
      <div className="handout-actions__buttons">
        <Button buttonStyle="primary" size="small" onClick={() => setPreviewing(true)}>
          Preview PDF
        </Button>
        <Button
          buttonStyle="secondary"
          size="small"
          el="anchor"
          url={`${base}.pdf?${query}&download=1`}
        >
          Download PDF
        </Button>
        <Button
          buttonStyle="secondary"
          size="small"
          el="anchor"
          url={`${base}.html?${query}`}
          newTab
        >
          Email preview
        </Button>
      </div>
      {previewing
        ? createPortal(
            <div className="handout-preview" role="dialog" aria-label="Handout preview">
              <div className="handout-preview__bar">
                <span>Handout preview</span>
                <Button buttonStyle="secondary" size="small" onClick={() => setPreviewing(false)}>
                  Close
                </Button>
              </div>
              <iframe
                className="handout-preview__frame"
                title="Handout PDF"
                src={`${base}.pdf?${query}`}
              />
            </div>,
            document.body,
          )
        : null}
    </div>
  )
}
