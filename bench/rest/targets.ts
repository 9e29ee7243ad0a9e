export type Target = {
  name: string
  url: string
  headers?: Record<string, string>
  connections: number
  /** The target: this share of the floor's requests/s at the same concurrency. */
  share: number
}

/** The requests with a target, as the outside load test sent them. */
export const targetedRequests = ({
  serverUrl,
  clinicianToken,
  techniqueId,
  connections,
}: {
  serverUrl: string
  clinicianToken: string
  techniqueId: number
  connections: number
}): Target[] => {
  const api = (route: string) => `${serverUrl}/api${route}`
  return [
    {
      name: 'GET /api/routines?depth=2&limit=10',
      url: api('/routines?depth=2&limit=10'),
      connections,
      share: 0.1,
    },
    {
      name: 'GET /api/programs?depth=1&limit=10 (clinician)',
      url: api('/programs?depth=1&limit=10'),
      headers: { authorization: `JWT ${clinicianToken}` },
      connections,
      share: 0.15,
    },
    {
      name: 'GET /api/techniques?limit=20&where[name][like]=neck',
      url: api('/techniques?limit=20&where[name][like]=neck'),
      connections,
      share: 0.2,
    },
    {
      name: 'GET /api/techniques/:id/handout.pdf',
      url: api(`/techniques/${techniqueId}/handout.pdf`),
      connections: 10,
      share: 0.2,
    },
  ]
}
