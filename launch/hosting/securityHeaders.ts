/**
 * The HTTP headers the built app must be served with, on any host (vite preview here; nginx,
 * Azure Static Web Apps, S3/CloudFront… in production — README "Hosting the built app").
 *
 * The app runs only its own bundled scripts (no inline script, no eval), talks only to the FHIR
 * and authorisation servers it is registered with, and may be framed only by the EHRs that embed it.
 */
export interface HostingPolicy {
  /** Origins the app may call: each FHIR server (iss) and its authorisation server. */
  readonly connectOrigins: readonly string[];
  /** Origins of the EHRs allowed to show the app inside a frame. */
  readonly frameAncestors: readonly string[];
}

/** The local EHR sandbox of `npm start` (FHIR base, authorisation server and launcher share it). */
export const LOCAL_SANDBOX_ORIGIN = 'http://127.0.0.1:4010';

export function securityHeaders(policy: HostingPolicy): Record<string, string> {
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ['connect-src', "'self'", ...policy.connectOrigins].join(' '),
    ['frame-ancestors', "'self'", ...policy.frameAncestors].join(' '),
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  };
}

/** An origin list from an environment variable: space-separated origins, each checked. */
function origins(value: string | undefined, fallback: readonly string[], name: string): readonly string[] {
  if (value === undefined || value.trim() === '') {
    return fallback;
  }
  return value
    .trim()
    .split(/\s+/)
    .map((origin) => {
      const url = new URL(origin);
      if (url.origin !== origin) {
        throw new Error(`${name}: "${origin}" is not an origin (scheme://host[:port], no path)`);
      }
      return origin;
    });
}

/**
 * The policy from HJP_CONNECT_ORIGINS and HJP_FRAME_ANCESTORS (space-separated origins); both
 * default to the local sandbox.
 */
export function hostingPolicyFromEnv(env: Readonly<Record<string, string | undefined>>): HostingPolicy {
  return {
    connectOrigins: origins(env.HJP_CONNECT_ORIGINS, [LOCAL_SANDBOX_ORIGIN], 'HJP_CONNECT_ORIGINS'),
    frameAncestors: origins(env.HJP_FRAME_ANCESTORS, [LOCAL_SANDBOX_ORIGIN], 'HJP_FRAME_ANCESTORS'),
  };
}
