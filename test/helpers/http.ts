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
  const { status, json } = await api(baseUrl, {}, 'POST', '/users/login', {
    email,
    password: PASSWORD,
  })
  if (status !== 200) {
    throw new Error(`login failed with ${status}: ${JSON.stringify(json)}`)
  }
  return { token: json.token as string }
}

/** A signed-in session for every member of `staff`, and none for the anonymous visitor. */
export const logInEveryone = async (
  baseUrl: string,
  staff: Record<'editor' | 'clinician' | 'otherClinician' | 'admin', { email: string }>,
) => ({
  anonymous: {} as Session,
  editor: await logIn(baseUrl, staff.editor.email),
  clinician: await logIn(baseUrl, staff.clinician.email),
  otherClinician: await logIn(baseUrl, staff.otherClinician.email),
  admin: await logIn(baseUrl, staff.admin.email),
})
