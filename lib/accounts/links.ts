// Where e-mailed links point. The pages behind these paths arrive with the
// next-auth wiring; the paths are the contract between the e-mails and them.
// The token travels in the query string: the pages must answer with
// `Referrer-Policy: no-referrer` so it never leaks to a third party.

export const accountPaths = {
  verifyEmail: '/auth/verify-email',
  resetPassword: '/auth/reset-password',
  confirmEmailChange: '/auth/confirm-email',
  magicLink: '/auth/magic-link',
  forgotPassword: '/auth/forgot-password',
  signIn: '/auth/sign-in',
  security: '/account/security',
  // For the owner of an address an account just left: must work signed out.
  securityHelp: '/help/account-security',
} as const;

export type AccountPath = keyof typeof accountPaths;

/** An absolute link on the public site, with the token (if any) as `?token=`. */
export function accountLink(appUrl: string, path: AccountPath, token?: string): string {
  const url = new URL(accountPaths[path], appUrl);
  if (token !== undefined) url.searchParams.set('token', token);
  return url.toString();
}
