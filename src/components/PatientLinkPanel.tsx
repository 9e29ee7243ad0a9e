'use client'
import type { UIFieldClientComponent } from 'payload'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { LinkState, LinkStopReason } from '../patientLinks/linkState'

const day = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' }) : ''
const moment = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : ''

const stoppedBecause: Record<LinkStopReason, string> = {
  'stopped-by-staff':
    'Stopped: the link no longer opens the program. The next send gives a new link.',
  'patient-changed':
    'Stopped: the program was moved to another patient, so the link made for the former patient no longer opens it. The next send gives the new patient their own link.',
  'patient-archived': 'Stopped: the patient is archived. Nothing is sent to them.',
  'patient-erased': "Stopped: the patient's personal data was erased.",
  'secret-changed':
    "Stopped: the server's secret changed, so this link no longer opens the program. The next send gives a new link.",
}

/** Stopped for these, only a send to the program's patient (if any) gives a working link. */
const noNewLink = new Set<LinkStopReason>(['patient-changed', 'patient-archived', 'patient-erased'])

const describe = (link: LinkState) => {
  switch (link.state) {
    case 'none':
      return 'No link yet: sending the program gives the patient one.'
    case 'stopped':
      return stoppedBecause[link.reason ?? 'stopped-by-staff']
    case 'expired':
      return `Expired on ${day(link.expiresAt)}. Sending the program again starts it anew.`
    case 'active':
      return `Active until ${day(link.expiresAt)}.`
  }
}

const opened = (link: LinkState) =>
  link.openCount === 0
    ? 'Not opened yet.'
    : `Last opened ${moment(link.lastOpenedAt)} · opened ${link.openCount} ${link.openCount === 1 ? 'time' : 'times'}.`

/**
 * The program's patient link: its state, when and how often it was opened, and the clinician's
 * three actions: copy it, stop it, or replace it with a new one.
 */
export const PatientLinkPanel: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [link, setLink] = useState<LinkState>()
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)

  const call = useCallback(
    async (path = '', method: 'GET' | 'POST' = 'GET') => {
      const response = await fetch(`${api}/programs/${id}/patient-link${path}`, {
        method,
        credentials: 'include',
      })
      const body = (await response.json()) as LinkState & { errors?: { message: string }[] }
      if (response.ok) {
        setLink(body)
      } else {
        setMessage(body.errors?.[0]?.message ?? `The server answered ${response.status}.`)
      }
      return response.ok
    },
    [api, id],
  )

  useEffect(() => {
    if (id) {
      void call()
    }
  }, [id, call])

  // Before the first send there is no link: look again while the delivery panel sends.
  const waiting = link?.state === 'none'
  useEffect(() => {
    if (!waiting) {
      return
    }
    const timer = setInterval(() => void call(), 5_000)
    return () => clearInterval(timer)
  }, [waiting, call])

  if (!id || !link) {
    return null
  }
  const act = async (path: string, done: string) => {
    setBusy(true)
    if (await call(path, 'POST')) {
      setMessage(done)
    }
    setBusy(false)
  }
  const copy = async () => {
    if (!link.url) {
      return
    }
    try {
      await navigator.clipboard.writeText(link.url)
      setMessage('Link copied.')
    } catch {
      setMessage(`Copy this link: ${link.url}`)
    }
  }
  const confirmNew = () => {
    if (
      window.confirm(
        'Make a new link? The patient’s current link stops working; give them the new one.',
      )
    ) {
      void act('/new', 'New link made: the old one no longer works.')
    }
  }
  const confirmStop = () => {
    if (window.confirm('Stop this link? The patient can no longer open their program with it.')) {
      void act('/stop', 'Link stopped.')
    }
  }

  return (
    <div className="patient-link-panel">
      <h4 className="patient-link-panel__title">Patient’s program page</h4>
      <p className={`patient-link-panel__state patient-link-panel__state--${link.state}`}>
        {describe(link)}
      </p>
      {link.state !== 'none' ? <p>{opened(link)}</p> : null}
      {link.state !== 'none' ? (
        <div className="patient-link-panel__buttons">
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy || !link.url}
            onClick={() => void copy()}
          >
            Copy link
          </Button>
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy || link.state === 'stopped'}
            onClick={confirmStop}
          >
            Stop this link
          </Button>
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy || noNewLink.has(link.reason ?? 'stopped-by-staff')}
            onClick={confirmNew}
          >
            New link
          </Button>
        </div>
      ) : null}
      {message ? (
        <p className="patient-link-panel__message" role="status">
          {message}
        </p>
      ) : null}
    </div>
  )
}
