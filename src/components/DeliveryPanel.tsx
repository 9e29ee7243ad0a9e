'use client'
import type { UIFieldClientComponent } from 'payload'

import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { DeliveryStatus } from '../delivery/deliveryStatus'

type Last = NonNullable<DeliveryStatus['last']>

const when = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : ''

const describe = (last: Last) => {
  switch (last.status) {
    case 'sent':
      return last.transport === 'outbox'
        ? `Written to the outbox folder ${when(last.sentAt)} (no mail server is configured).`
        : `Sent ${when(last.sentAt)} to ${last.recipient}.`
    case 'failed':
      return `Not sent: ${last.lastError ?? 'the mail server refused it.'}`
    case 'sending':
      return 'Sending now…'
    default:
      return last.lastError
        ? `Queued; retrying after: ${last.lastError}`
        : 'Queued: sending in a moment…'
  }
}

const buttonLabel = (last: Last | null) => {
  if (!last) {
    return 'Email to patient'
  }
  if (last.status === 'queued' || last.status === 'sending') {
    return 'Sending…'
  }
  if (last.status === 'failed') {
    return 'Send again'
  }
  return last.upToDate ? 'Up to date' : 'Send the update'
}

/** The program's last delivery to its patient, whether it is out of date, and one click to send. */
export const DeliveryPanel: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const {
    config: {
      routes: { api, admin },
    },
  } = useConfig()
  const [status, setStatus] = useState<DeliveryStatus>()
  const [message, setMessage] = useState<{ text: string; ok: boolean }>()
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(async () => {
    const response = await fetch(`${api}/programs/${id}/delivery-status`, {
      credentials: 'include',
    })
    if (response.ok) {
      setStatus((await response.json()) as DeliveryStatus)
    }
  }, [api, id])

  useEffect(() => {
    if (id) {
      void refresh()
    }
  }, [id, modified, refresh])

  const pending = status?.last?.status === 'queued' || status?.last?.status === 'sending'
  useEffect(() => {
    if (!pending) {
      return
    }
    const timer = setInterval(() => void refresh(), 3_000)
    return () => clearInterval(timer)
  }, [pending, refresh])

  if (!id) {
    return null
  }
  const last = status?.last ?? null
  const send = async () => {
    setBusy(true)
    const response = await fetch(`${api}/programs/${id}/send`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json()) as {
      message?: string
      errors?: Array<{ message: string }>
    }
    setMessage({
      text: body.message ?? body.errors?.[0]?.message ?? `The server answered ${response.status}.`,
      ok: response.ok,
    })
    await refresh()
    setBusy(false)
  }
  const disabled =
    busy || !status?.sendable || modified || pending || (last?.status === 'sent' && last.upToDate)

  return (
    <div className="delivery-panel">
      <h4 className="delivery-panel__title">Email to patient</h4>
      {last ? (
        <div
          className={`delivery-panel__last delivery-panel__last--${last.upToDate ? 'current' : 'stale'}`}
        >
          <p>{describe(last)}</p>
          {last.status === 'sent' && !last.upToDate ? (
            <p className="delivery-panel__stale">
              The program has changed since: the patient has an older version.
            </p>
          ) : null}
          <p className="delivery-panel__links">
            <a href={`${admin}/collections/deliveries/${last.id}`}>Delivery record</a>
            {last.pdfUrl ? (
              <>
                {' · '}
                <a href={last.pdfUrl}>PDF that was sent</a>
              </>
            ) : null}
          </p>
        </div>
      ) : status ? (
        <p>Not emailed yet.</p>
      ) : null}
      {status && !status.sendable ? (
        <p className="delivery-panel__reason">{status.reason}</p>
      ) : null}
      {modified ? (
        <p className="delivery-panel__reason">
          Save your changes first: the saved program is what is sent.
        </p>
      ) : null}
      <Button buttonStyle="primary" size="small" disabled={disabled} onClick={() => void send()}>
        {busy ? 'Sending…' : buttonLabel(last)}
      </Button>
      {message && (!message.ok || pending) ? (
        <p className="delivery-panel__message" role="status">
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
