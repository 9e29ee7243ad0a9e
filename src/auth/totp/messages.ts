/** What staff are told about the second factor; shared by the server and the admin's forms. */
export const CODE_NEEDED =
  'Enter the 6-digit code from your authenticator app, or one of your recovery codes.'
export const CODE_WRONG =
  'That code is not right. Enter the current code from your authenticator app, or an unused recovery code.'
export const SET_UP_FIRST = 'Set up two-factor sign-in first.'
