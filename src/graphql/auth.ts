import { timingSafeEqual } from 'node:crypto';

/** True when the header is `Bearer <token>` for the configured token; never when no token is configured. */
export function bearerMatches(header: string | null, token: string | null): boolean {
  if (!token || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  // Constant time, so the comparison does not leak how much of the token was right.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
