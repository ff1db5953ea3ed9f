/**
 * Sent with every response. Pages load nothing but gret's own style sheet, fonts and scripts,
 * and carry no inline script or style, so the policy needs no hash at all; they may not be
 * framed, and forms may only post back to gret. No referrer leaves a page, so the join token in
 * the first address can never reach another site. A report page replaces the policy with its
 * own (report-policy.ts).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
