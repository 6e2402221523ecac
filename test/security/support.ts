import { afterAll, expect } from 'vitest';
import type { Bundle, OperationOutcome, Practitioner, PractitionerRole, Resource } from '@medplum/fhirtypes';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { SCOPES, type LaunchProfile } from '../../src/smart/scopes';
import { sandboxApi, type Api, type Reply } from '../support/api';
import { launchHeadless, type TokenResponse } from '../support/smart';

/**
 * The adversarial suite's tools: tokens from a real launch (launcher → authorize with PKCE →
 * token) with the app's REAL scopes (src/smart/scopes.ts), raw calls straight at the FHIR API,
 * and a ledger of every attempt that is printed as a table and asserted at the end.
 */
export interface Launch {
  readonly token: TokenResponse;
  readonly api: Api;
}

/** A launch as the app makes it: `profile`'s scopes, the user, and a patient for a clinician in a record. */
export async function appLaunch(
  sandbox: RunningSandbox,
  profile: LaunchProfile,
  user: string,
  patient?: string,
): Promise<Launch> {
  const scope = SCOPES[profile].join(' ');
  const launch = patient === undefined ? { user, scope } : { user, patient, scope };
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, launch);
  const api = sandboxApiWithToken(sandbox, token.access_token);
  return { token, api };
}

export function sandboxApiWithToken(sandbox: RunningSandbox, accessToken: string): Api {
  return async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${sandbox.urls.fhirBase}/${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/fhir+json', ...headers },
      body: typeof body === 'string' || body === undefined ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T } as Reply<T>;
  };
}

/** The test-only admin API (sets up cases the seed lacks); never used for an attempt. */
export function setupApi(sandbox: RunningSandbox): Promise<Api> {
  return sandboxApi(sandbox);
}

/**
 * An adviser of another advice organisation, not in the seed (PractitionerRole/adviser-other, Owen
 * Price of Another Advice Charity): a copy of the seed adviser, written with the admin API.
 */
export async function addOtherOrgAdviser(admin: Api): Promise<void> {
  const role = (await admin<PractitionerRole>('GET', 'PractitionerRole/adviser')).body;
  const person = (await admin<Practitioner>('GET', 'Practitioner/pract-adviser')).body;
  const writes: Resource[] = [
    { resourceType: 'Organization', id: 'org-other-advice', active: true, name: 'Another Advice Charity' },
    { ...person, id: 'pract-adviser-other', meta: undefined, name: [{ given: ['Owen'], family: 'Price' }] },
    {
      ...role,
      id: 'adviser-other',
      meta: undefined,
      practitioner: { reference: 'Practitioner/pract-adviser-other' },
      organization: { reference: 'Organization/org-other-advice' },
      healthcareService: undefined,
    },
  ];
  for (const r of writes) {
    const reply = await admin('PUT', `${r.resourceType}/${r.id ?? ''}`, r);
    expect(reply.status, `setup ${r.resourceType}/${r.id ?? ''}`).toBeLessThan(300);
  }
}

export type Expect = 'refused' | 'allowed';

interface Row {
  readonly attempt: string;
  readonly expected: Expect;
  readonly outcome: string;
  readonly refused: boolean;
}

/** The plain text of a refusal (OperationOutcome details.text), or ''. */
export function refusalText(body: unknown): string {
  const outcome = body as OperationOutcome | undefined;
  return outcome?.resourceType === 'OperationOutcome' ? (outcome.issue[0]?.details?.text ?? '') : '';
}

/** Resources of the given type a search answer disclosed. */
export function disclosed(body: unknown, type: string): Resource[] {
  const bundle = body as Bundle | undefined;
  return (bundle?.entry ?? []).flatMap((e) => (e.resource?.resourceType === type ? [e.resource] : []));
}

export class Ledger {
  private readonly rows: Row[] = [];

  constructor(private readonly title: string) {
    afterAll(() => {
      this.print();
    });
  }

  /**
   * A write or read that answers with a status: refused = 4xx with an OperationOutcome saying why
   * in details.text. A refusal that is expected must come with `refusedWith` (403 by default: the
   * access rules, not a profile check, stopped it).
   */
  async status(attempt: string, expected: Expect, call: Promise<Reply>, refusedWith = 403): Promise<Reply> {
    const reply = await call;
    const refused = reply.status >= 400;
    const why = refusalText(reply.body);
    this.add(attempt, expected, refused ? `${reply.status} ${why}` : `${reply.status}`, refused);
    if (refused) {
      expect(why, `${attempt}: a refusal says why in details.text`).not.toBe('');
    }
    if (expected === 'refused') {
      expect(reply.status, `${attempt}: refused by the record rules`).toBe(refusedWith);
    }
    return reply;
  }

  /** A search: refused = nothing of `type` disclosed and a total of 0 (or a 4xx). */
  async search(attempt: string, expected: Expect, type: string, call: Promise<Reply>): Promise<Reply> {
    const reply = await call;
    const shown = disclosed(reply.body, type).length;
    const total = (reply.body as Bundle | undefined)?.total ?? 0;
    const refused = reply.status >= 400 || (shown === 0 && total === 0);
    this.add(attempt, expected, `${reply.status}, ${shown} shown, total ${total}`, refused);
    return reply;
  }

  private add(attempt: string, expected: Expect, outcome: string, refused: boolean): void {
    this.rows.push({ attempt, expected, outcome, refused });
    expect(refused ? 'refused' : 'allowed', `${attempt} → ${outcome}`).toBe(expected);
  }

  private print(): void {
    const width = Math.max(...this.rows.map((r) => r.attempt.length), 10);
    const lines = this.rows.map(
      (r) =>
        `${r.attempt.padEnd(width)} | ${r.expected.padEnd(8)} | ${(r.refused ? 'refused' : 'allowed').padEnd(8)} | ${r.outcome.slice(0, 110)}`,
    );
    const shouldRefuse = this.rows.filter((r) => r.expected === 'refused');
    const held = shouldRefuse.filter((r) => r.refused).length;
    console.info(
      [
        `\n${this.title}: ${this.rows.length} attempts; ${held} of ${shouldRefuse.length} that must be refused were refused`,
        `${'attempt'.padEnd(width)} | expected | result   | answer`,
        ...lines,
      ].join('\n'),
    );
  }
}
