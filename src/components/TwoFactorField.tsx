'use client'
import type { UIFieldClientComponent } from 'payload'

import { Button, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Status = { enabled: boolean; required: boolean; recoveryCodesLeft: number }
type Setup = { secret: string; qrCode: string }
type Answer = {
  message?: string
  recoveryCodes?: string[]
  errors?: { message: string }[]
} & Partial<Status & Setup>

const box = {
  border: '1px solid var(--theme-elevation-150)',
  padding: '1rem',
  marginBottom: '1.5rem',
}

/**
 * Two-factor sign-in on a staff member's account: set it up (QR code and secret for an
 * authenticator app, confirmed with a code), see the ten recovery codes once, replace them, or
 * turn it off. On someone else's account an admin sees whether it is on and can turn it off for
 * a person who lost their device.
 */
export const TwoFactorField: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { user, fetchFullUser } = useAuth()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const enabledOnDocument = useFormFields(([fields]) => fields.totpEnabled?.value === true)
  const own = id !== undefined && user?.id !== undefined && String(user.id) === String(id)
  const [status, setStatus] = useState<Status>()
  const [setup, setSetup] = useState<Setup>()
  const [codes, setCodes] = useState<string[]>()
  const [code, setCode] = useState('')
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)

  const call = useCallback(
    async (path: string, body?: Record<string, unknown>): Promise<Answer | undefined> => {
      setBusy(true)
      try {
        const response = await fetch(`${api}/users/two-factor${path}`, {
          method: body ? 'POST' : 'GET',
          credentials: 'include',
          headers: body ? { 'Content-Type': 'application/json' } : {},
          body: body ? JSON.stringify(body) : undefined,
        })
        const answer = (await response.json()) as Answer
        if (!response.ok) {
          setMessage(answer.errors?.[0]?.message ?? `The server answered ${response.status}.`)
          return undefined
        }
        setMessage(answer.message)
        return answer
      } finally {
        setBusy(false)
      }
    },
    [api],
  )
  const refresh = useCallback(async () => {
    const answer = await call('')
    if (answer) {
      setStatus(answer as Status)
    }
  }, [call])

  useEffect(() => {
    if (own) {
      void refresh()
    }
  }, [own, refresh])

  if (id === undefined) {
    return null
  }
  if (!own) {
    if (user?.role !== 'admin') {
      return null
    }
    const turnOff = async () => {
      if (window.confirm('Turn off two-factor sign-in for this person? They are signed out.')) {
        await call('/disable', { user: id })
      }
    }
    return (
      <div className="two-factor" style={box}>
        <h4>Two-factor sign-in</h4>
        <p>{enabledOnDocument ? 'On.' : 'Off.'}</p>
        {enabledOnDocument ? (
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy}
            onClick={() => void turnOff()}
          >
            Turn off for this person
          </Button>
        ) : null}
        {message ? <p role="status">{message}</p> : null}
      </div>
    )
  }
  if (!status) {
    return null
  }
  const codeInput = (label: string) => (
    <label style={{ display: 'block', margin: '0.75rem 0' }}>
      {label}
      <input
        className="two-factor__code"
        name="two-factor-code"
        autoComplete="one-time-code"
        inputMode="numeric"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        style={{ display: 'block', marginTop: '0.25rem', padding: '0.5rem', maxWidth: '14rem' }}
      />
    </label>
  )
  const start = async () => {
    setCodes(undefined)
    const answer = await call('/setup', {})
    if (answer?.secret && answer.qrCode) {
      setSetup({ secret: answer.secret, qrCode: answer.qrCode })
      setMessage(undefined)
    }
  }
  const confirm = async () => {
    const answer = await call('/confirm', { code })
    if (answer?.recoveryCodes) {
      setCodes(answer.recoveryCodes)
      setSetup(undefined)
      setCode('')
      await refresh()
      // The signed-in user now has it on: the admin stops sending them here.
      await fetchFullUser()
      setMessage(answer.message)
    }
  }
  const newCodes = async () => {
    const answer = await call('/recovery-codes', { code })
    if (answer?.recoveryCodes) {
      setCodes(answer.recoveryCodes)
      setCode('')
      await refresh()
      setMessage(answer.message)
    }
  }
  const turnOff = async () => {
    if (await call('/disable', { code })) {
      setCode('')
      setCodes(undefined)
      await refresh()
      await fetchFullUser()
    }
  }

  return (
    <div className="two-factor" style={box}>
      <h4>Two-factor sign-in</h4>
      {status.enabled ? (
        <p>
          On: signing in asks for a code from your authenticator app. {status.recoveryCodesLeft}{' '}
          unused recovery codes left.
        </p>
      ) : (
        <p>
          Off.{' '}
          {status.required
            ? 'The clinic requires it: set it up to continue.'
            : 'Turn it on so that a stolen password alone cannot open your account.'}
        </p>
      )}
      {!status.enabled && !setup ? (
        <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void start()}>
          Set up two-factor sign-in
        </Button>
      ) : null}
      {setup ? (
        <div>
          <p>Scan this QR code with an authenticator app, or type the secret into it.</p>
          <img
            src={setup.qrCode}
            alt="QR code for your authenticator app"
            width={192}
            height={192}
          />
          <p>
            Secret: <code className="two-factor__secret">{setup.secret}</code>
          </p>
          {codeInput('Code shown by the app')}
          <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void confirm()}>
            Confirm and turn on
          </Button>
        </div>
      ) : null}
      {codes ? (
        <div>
          <p>
            <strong>Recovery codes</strong>: each signs you in once without your phone. Save them
            now: they are not shown again.
          </p>
          <ul className="two-factor__recovery-codes">
            {codes.map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {status.enabled ? (
        <div>
          {codeInput('A current code (or a recovery code)')}
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <Button
              buttonStyle="secondary"
              size="small"
              disabled={busy}
              onClick={() => void newCodes()}
            >
              New recovery codes
            </Button>
            {!status.required ? (
              <Button
                buttonStyle="secondary"
                size="small"
                disabled={busy}
                onClick={() => void turnOff()}
              >
                Turn off
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
