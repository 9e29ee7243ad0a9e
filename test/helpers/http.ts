import { PASSWORD } from './fixtures'

export type Session = { token?: string }

export const api = async (
  baseUrl: string,
  session: Session,
  method: string,
  path: string,
  body?: unknown,
) => {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: {
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(session.token ? { Authorization: `JWT ${session.token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  return { status: response.status, json }
}

export const logIn = async (baseUrl: string, email: string): Promise<Session> => {
  const { status, json } = await api(baseUrl, {}, 'POST', '/users/login', { email, password: PASSWORD })
  if (status !== 200) {
    throw new Error(`login failed with ${status}: ${JSON.stringify(json)}`)
  }
  return { token: json.token as string }
}
