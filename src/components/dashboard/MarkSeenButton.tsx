'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** "Mark seen" on one alert: records who and when on the server, then refreshes the list. */
export const MarkSeenButton = ({ alertId }: { alertId: number }) => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const markSeen = async () => {
    setBusy(true)
    const response = await fetch(`${api}/alerts/${alertId}/seen`, {
      method: 'POST',
      credentials: 'include',
    })
    if (response.ok) {
      router.refresh()
      return
    }
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
    setError(body.errors?.[0]?.message ?? `The server answered ${response.status}.`)
    setBusy(false)
  }

  return (
    <>
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={busy}
        onClick={() => void markSeen()}
      >
        {busy ? 'Marking…' : 'Mark seen'}
      </Button>
      {error ? (
        <span role="alert" className="clinic-dashboard__error">
          {error}
        </span>
      ) : null}
    </>
  )
}
