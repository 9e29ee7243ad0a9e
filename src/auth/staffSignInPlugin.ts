import type { Plugin } from 'payload'

import { sameAnswerForLockedAccounts } from './signInAnswers'
import { explainEnrolmentRefusal, gateCollection, gateGlobal } from './totp/enrolmentGate'
import { twoFactorRequired } from './totp/policy'

/**
 * What staff sign-in adds to the whole app (the users collection carries the rest):
 * - the admin's sign-in screen asks for a second-factor code when one is needed, and someone who
 *   must set up two-factor sign-in is taken to their account to do it;
 * - every collection and global refuses such a person until they have (see enrolmentGate);
 * - a locked account is answered like a wrong password, over REST and GraphQL, and a refused
 *   sign-in is logged as one line at info level.
 */
export const staffSignIn: Plugin = (config) => {
  // A mistyped STAFF_TWO_FACTOR stops the start here rather than failing every request.
  twoFactorRequired()
  return withStaffSignIn(config)
}

const withStaffSignIn: Plugin = (config) => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      providers: [
        ...(config.admin?.components?.providers ?? []),
        '/src/components/TwoFactorSetupGuide#TwoFactorSetupGuide',
      ],
      views: {
        ...config.admin?.components?.views,
        login: { Component: '/src/components/StaffLoginView#StaffLoginView' },
      },
    },
  },
  collections: config.collections?.map(gateCollection),
  globals: config.globals?.map(gateGlobal),
  // A refused sign-in is the client's doing, not the server's: one line (no stack, no address).
  loggingLevels: {
    AuthenticationError: 'info',
    LockedAuth: 'info',
    SecondFactorRefused: 'info',
    ...config.loggingLevels,
  },
  hooks: {
    ...config.hooks,
    afterError: [
      ...(config.hooks?.afterError ?? []),
      sameAnswerForLockedAccounts,
      explainEnrolmentRefusal,
    ],
  },
})
