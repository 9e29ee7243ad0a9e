import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import QRCode from 'qrcode'

import { problem } from '../../http/problem'
import { endSessions } from '../endSessions'
import { hasRole } from '../../../collections/access/roles'
import { newRecoveryCodes, newTotpSecret, totpStep, totpUri } from './codes'
import { CODE_WRONG, SET_UP_FIRST } from './messages'
import { mustSetUpTwoFactor, twoFactorRequired } from './policy'
import { spendSecondFactorCode, storedTwoFactor } from './secondFactor'
import { openSecret, sealSecret } from './secretBox'

const noStore = { 'Cache-Control': 'no-store' }

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  return req.data && typeof req.data === 'object' ? (req.data as Record<string, unknown>) : {}
}

/** An endpoint for the signed-in staff member about their own second factor. */
const own = (
  path: string,
  method: 'get' | 'post',
  respond: (req: PayloadRequest, id: number) => Promise<Response>,
  { beforeSetUp = true } = {},
): Endpoint => ({
  path: `/two-factor${path}`,
  method,
  handler: async (req) => {
    const user = req.user
    if (!user || user.collection !== 'users') {
      return problem(401, 'Sign in first.')
    }
    if (!beforeSetUp && mustSetUpTwoFactor(user)) {
      return problem(403, SET_UP_FIRST)
    }
    return respond(req, user.id as number)
  },
})

const saveTwoFactor = (req: PayloadRequest, id: number, data: Record<string, unknown>) =>
  req.payload.db.updateOne({ collection: 'users', id, data, req, returning: false })

const turnedOff = {
  totpEnabled: false,
  totpSecret: null,
  totpLastStep: null,
  totpRecoveryCodes: null,
}

/**
 * The two-factor endpoints under `/api/users/two-factor`. They are the only way the stored
 * second factor changes, and they answer even while `STAFF_TWO_FACTOR=required` holds someone
 * back from everything else:
 * - `GET` whether it is on, required, and how many recovery codes are left;
 * - `POST /setup` a new secret (its QR code and text) to add to an authenticator app;
 * - `POST /confirm {code}` turns it on with a code from the app, answering 10 recovery codes once;
 * - `POST /recovery-codes {code}` replaces the recovery codes;
 * - `POST /disable {code}` turns it off (refused while required), or `{user}` by an admin for
 *   someone who lost their device (not by an admin who must set up their own first).
 */
export const twoFactorEndpoints: Endpoint[] = [
  own('', 'get', async (req, id) => {
    const stored = await storedTwoFactor(req, id)
    return Response.json(
      {
        enabled: Boolean(stored?.totpEnabled),
        required: twoFactorRequired(),
        recoveryCodesLeft: Array.isArray(stored?.totpRecoveryCodes)
          ? stored.totpRecoveryCodes.length
          : 0,
      },
      { headers: noStore },
    )
  }),
  own('/setup', 'post', async (req, id) => {
    const stored = await storedTwoFactor(req, id)
    if (!stored) {
      return problem(404, 'Not Found')
    }
    if (stored.totpEnabled) {
      return problem(409, 'Two-factor sign-in is already on. Turn it off first to set it up again.')
    }
    const secret = newTotpSecret()
    await saveTwoFactor(req, id, {
      totpSecret: sealSecret(req.payload.secret, secret),
      totpLastStep: null,
      totpRecoveryCodes: null,
    })
    const uri = totpUri(secret, stored.email ?? `staff-${id}`)
    const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
    return Response.json(
      {
        secret,
        uri,
        qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      },
      { headers: noStore },
    )
  }),
  own('/confirm', 'post', async (req, id) => {
    const { code } = await bodyOf(req)
    const stored = await storedTwoFactor(req, id)
    if (!stored) {
      return problem(404, 'Not Found')
    }
    if (stored.totpEnabled) {
      return problem(409, 'Two-factor sign-in is already on.')
    }
    const secret = openSecret(req.payload.secret, stored.totpSecret)
    if (!secret) {
      return problem(409, 'Start the setup first: there is no code to confirm.')
    }
    const step =
      typeof code === 'string' && code.length <= 64 ? await totpStep(secret, code, null) : undefined
    if (step === undefined) {
      return problem(400, 'That code is not right. Enter the 6-digit code your app shows now.')
    }
    const { codes, hashes } = newRecoveryCodes()
    await saveTwoFactor(req, id, {
      totpEnabled: true,
      totpLastStep: step,
      totpRecoveryCodes: hashes,
    })
    return Response.json(
      {
        message:
          'Two-factor sign-in is on. Keep these recovery codes somewhere safe: each works once, and they are shown only now.',
        recoveryCodes: codes,
      },
      { headers: noStore },
    )
  }),
  own('/recovery-codes', 'post', async (req, id) => {
    const { code } = await bodyOf(req)
    const stored = await storedTwoFactor(req, id)
    if (!stored?.totpEnabled) {
      return problem(409, 'Two-factor sign-in is off.')
    }
    if (!(await spendSecondFactorCode(req, stored, code))) {
      return problem(400, CODE_WRONG)
    }
    const { codes, hashes } = newRecoveryCodes()
    await saveTwoFactor(req, id, { totpRecoveryCodes: hashes })
    return Response.json(
      { message: 'New recovery codes: the old ones no longer work.', recoveryCodes: codes },
      { headers: noStore },
    )
  }),
  // Someone held back by STAFF_TWO_FACTOR=required may not turn off anyone's second factor.
  own(
    '/disable',
    'post',
    async (req, id) => {
      const body = await bodyOf(req)
      const target = body.user ?? id
      if (target !== id && String(target) !== String(id)) {
        if (!hasRole(req.user, 'admin')) {
          return problem(403, 'Only an admin turns off two-factor sign-in for someone else.')
        }
        const other = /^\d{1,9}$/.test(String(target))
          ? await storedTwoFactor(req, Number(target))
          : undefined
        if (!other) {
          return problem(404, 'Not Found')
        }
        await saveTwoFactor(req, other.id, turnedOff)
        await endSessions(req, other.id)
        return Response.json(
          { message: 'Two-factor sign-in is off for this person; they were signed out.' },
          { headers: noStore },
        )
      }
      if (twoFactorRequired()) {
        return problem(409, 'Two-factor sign-in is required for all staff.')
      }
      const stored = await storedTwoFactor(req, id)
      if (!stored?.totpEnabled) {
        await saveTwoFactor(req, id, turnedOff)
        return Response.json({ message: 'Two-factor sign-in is off.' }, { headers: noStore })
      }
      if (!(await spendSecondFactorCode(req, stored, body.code))) {
        return problem(400, CODE_WRONG)
      }
      await saveTwoFactor(req, id, turnedOff)
      return Response.json({ message: 'Two-factor sign-in is off.' }, { headers: noStore })
    },
    { beforeSetUp: false },
  ),
]
