'use client'
import type { UIFieldClientComponent } from 'payload'

import { Button, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * The patient's record actions: archive (or restore) for a clinician or admin, and, for an
 * admin only, erase their personal data after typing the patient's record number to confirm.
 */
export const PatientRecordActions: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const status = useFormFields(([fields]) => fields.status?.value) as string | undefined
  const erased = Boolean(useFormFields(([fields]) => fields.erasedAt?.value))
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [typed, setTyped] = useState('')

  if (!id) {
    return null
  }
  const post = async (action: string, body?: unknown) => {
    setBusy(true)
    try {
      const response = await fetch(`${api}/patients/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      })
      const answer = (await response.json()) as {
        message?: string
        errors?: { message: string }[]
      }
      setMessage(answer.errors?.[0]?.message ?? answer.message)
      if (response.ok) {
        // The record's status and stamps changed on the server: show them.
        window.location.reload()
      }
    } finally {
      setBusy(false)
    }
  }
  const archive = () => {
    if (
      window.confirm(
        'Archive this patient? Their links stop working at once and nothing more is sent to them. Their records stay.',
      )
    ) {
      void post('archive')
    }
  }

  return (
    <div className="patient-record-actions">
      <h4 className="patient-record-actions__title">Patient record</h4>
      {erased ? <p>Personal data erased. The delivery records remain.</p> : null}
      <div className="patient-link-panel__buttons">
        {status === 'archived' ? (
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy || erased}
            onClick={() => void post('restore')}
          >
            Restore patient
          </Button>
        ) : (
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={archive}>
            Archive patient
          </Button>
        )}
        {user?.role === 'admin' && !erased ? (
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            Erase personal data…
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <div className="patient-record-actions__confirm">
          <p>
            This removes the patient’s name, email and notes, their programs’ titles and notes, and
            the kept handouts and PDFs, for good. Delivery dates, content versions and checksums
            remain. Type the record number <strong>{String(id)}</strong> to confirm.
          </p>
          <input
            aria-label="Record number to confirm"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <div className="patient-link-panel__buttons">
            <Button
              buttonStyle="primary"
              size="small"
              disabled={busy || typed.trim() !== String(id)}
              onClick={() => void post('erase', { confirm: typed.trim() })}
            >
              Erase for good
            </Button>
            <Button buttonStyle="secondary" size="small" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
