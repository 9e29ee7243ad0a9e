import { AuthenticationError, type AfterErrorHook } from 'payload'

/**
 * No sign-in answer tells whether an email address has an account: a locked account is answered
 * exactly as an unknown email or a wrong password (401, "The email or password provided is
 * incorrect."), over REST and GraphQL. The lock itself still holds.
 */
export const sameAnswerForLockedAccounts: AfterErrorHook = ({
  error,
  graphqlResult,
  req,
  result,
}) => {
  const original = (error as { originalError?: Error }).originalError ?? error
  if (original.name !== 'LockedAuth') {
    return
  }
  const message = new AuthenticationError(req.t).message
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, name: 'AuthenticationError' },
      },
    }
  }
  return { status: 401, response: { ...result, errors: [{ message }] } }
}
