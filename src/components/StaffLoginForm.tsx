'use client'
import { Button } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

import { CODE_NEEDED, CODE_WRONG } from '../auth/totp/messages'

const field = { display: 'block', marginBottom: '1rem' }
const input = { display: 'block', width: '100%', marginTop: '0.25rem', padding: '0.6rem' }

/** Email and password, and the second-factor code once the server asks for it. */
export const StaffLoginForm = ({
  loginUrl,
  forgotUrl,
  redirectTo,
}: {
  loginUrl: string
  forgotUrl: string
  redirectTo: string
}) => {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [totp, setTotp] = useState('')
  const [askCode, setAskCode] = useState(false)
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setMessage(undefined)
    try {
      const response = await fetch(loginUrl, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password, ...(askCode ? { totp } : {}) }),
      })
      if (response.ok) {
        window.location.assign(redirectTo)
        return
      }
      const body = (await response.json().catch(() => ({}))) as {
        errors?: { message?: string }[]
      }
      const said = body.errors?.[0]?.message ?? `The server answered ${response.status}.`
      if (said === CODE_NEEDED || said === CODE_WRONG) {
        setAskCode(true)
      }
      setMessage(said)
    } catch {
      setMessage('The server could not be reached. Try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="staff-login"
      onSubmit={(event) => void submit(event)}
      style={{ width: '100%' }}
    >
      <h1 style={{ marginBottom: '1.5rem' }}>Staff sign-in</h1>
      <label style={field}>
        Email
        <input
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          style={input}
        />
      </label>
      <label style={field}>
        Password
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          style={input}
        />
      </label>
      {askCode ? (
        <label style={field}>
          Code from your authenticator app (or a recovery code)
          <input
            name="totp"
            autoComplete="one-time-code"
            inputMode="numeric"
            autoFocus
            required
            value={totp}
            onChange={(event) => setTotp(event.target.value)}
            style={input}
          />
        </label>
      ) : null}
      {message ? (
        <p role="alert" className="staff-login__message">
          {message}
        </p>
      ) : null}
      <p>
        <a href={forgotUrl}>Forgot your password?</a>
      </p>
      <Button type="submit" size="large" disabled={busy}>
        Sign in
      </Button>
    </form>
  )
}
