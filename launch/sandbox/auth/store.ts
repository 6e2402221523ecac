import { randomBytes } from 'node:crypto';
import type { Principal } from './principal';
import type { ResourceGrant } from './scopes';

/** What a user authorised: who, which context, which scopes. Shared by codes and tokens. */
export interface Grant {
  readonly clientId: string;
  readonly user: string;
  /** Who the token acts for; decides the record rules. */
  readonly principal: Principal;
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
  readonly expiresAt: number;
  /** The issued list of the code it came from: tokens it issues are revoked with the code's. */
  readonly issued: string[];
}

/** In-memory codes, access tokens and refresh tokens (a restart signs everyone out). */
export interface TokenStore {
  readonly codes: Map<string, CodeRecord>;
  readonly accessTokens: Map<string, AccessTokenRecord>;
  readonly refreshTokens: Map<string, RefreshTokenRecord>;
  /** Refresh tokens already exchanged (rotation), with the issued list a replay revokes. */
  readonly usedRefreshTokens: Map<string, readonly string[]>;
  /** Revokes every token issued from a code. */
  revoke(tokens: readonly string[]): void;
  /** Drops expired codes, access tokens and refresh tokens. */
  sweep(now: number): void;
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function createTokenStore(): TokenStore {
  const codes = new Map<string, CodeRecord>();
  const accessTokens = new Map<string, AccessTokenRecord>();
  const refreshTokens = new Map<string, RefreshTokenRecord>();
  const usedRefreshTokens = new Map<string, readonly string[]>();
  return {
    codes,
    accessTokens,
    refreshTokens,
    usedRefreshTokens,
    revoke(tokens): void {
      for (const token of tokens) {
        accessTokens.delete(token);
        refreshTokens.delete(token);
      }
    },
    sweep(now): void {
      for (const [token, record] of refreshTokens) {
        if (record.expiresAt < now) {
          refreshTokens.delete(token);
        }
      }
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
