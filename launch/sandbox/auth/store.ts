import { randomBytes } from 'node:crypto';
import type { ResourceGrant } from './scopes';

/** What a user authorised: who, which context, which scopes. Shared by codes and tokens. */
export interface Grant {
  readonly clientId: string;
  readonly user: string;
  readonly patient: string | undefined;
  readonly encounter: string | undefined;
  readonly needPatientBanner: boolean;
  readonly grants: readonly ResourceGrant[];
  readonly flags: ReadonlySet<string>;
  /** The granted scope string (echoed in the token response). */
  readonly scope: string;
}

export interface CodeRecord {
  readonly grant: Grant;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly expiresAt: number;
  used: boolean;
  /** Tokens issued from this code; revoked if the code is presented again. */
  readonly issued: string[];
}

export interface AccessTokenRecord {
  readonly grant: Grant;
  readonly expiresAt: number;
}

export interface RefreshTokenRecord {
  readonly grant: Grant;
  /** The issued list of the code it came from: tokens it issues are revoked with the code's. */
  readonly issued: string[];
}

/** In-memory codes, access tokens and refresh tokens (a restart signs everyone out). */
export interface TokenStore {
  readonly codes: Map<string, CodeRecord>;
  readonly accessTokens: Map<string, AccessTokenRecord>;
  readonly refreshTokens: Map<string, RefreshTokenRecord>;
  /** Revokes every token issued from a code. */
  revoke(tokens: readonly string[]): void;
  /** Drops expired codes and access tokens. */
  sweep(now: number): void;
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function createTokenStore(): TokenStore {
  const codes = new Map<string, CodeRecord>();
  const accessTokens = new Map<string, AccessTokenRecord>();
  const refreshTokens = new Map<string, RefreshTokenRecord>();
  return {
    codes,
    accessTokens,
    refreshTokens,
    revoke(tokens): void {
      for (const token of tokens) {
        accessTokens.delete(token);
        refreshTokens.delete(token);
      }
    },
    sweep(now): void {
      for (const [code, record] of codes) {
        if (record.expiresAt < now - 600_000) {
          codes.delete(code);
        }
      }
      for (const [token, record] of accessTokens) {
        if (record.expiresAt < now) {
          accessTokens.delete(token);
        }
      }
    },
  };
}
