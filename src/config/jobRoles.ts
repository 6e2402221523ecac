import * as z from 'zod/mini';
import type { UserRole } from '../../fhir-profiles/src/canonical';
import type { JobRole } from '../domain/user';

/**
 * The partnership's job-role map (partnership.json `jobRoles`): a job role as a real EHR records it
 * on PractitionerRole.code (UK Core: SNOMED CT job-role codes) and the HJP role it stands for, so
 * users need not carry HJP's own role codes. partnership.ts validates it with the whole file.
 */
const HJP_ROLES = ['gp', 'ward-nurse', 'adviser', 'lead'] as const satisfies readonly UserRole[];

const jobRoleSchema = z.object({
  system: z.url(),
  code: z.string().check(z.regex(/^[A-Za-z0-9\-.]{1,64}$/)),
  display: z.string().check(z.minLength(1)),
  role: z.enum(HJP_ROLES),
});

export const jobRolesSchema = z.array(jobRoleSchema).check(
  z.refine((roles) => new Set(roles.map((r) => `${r.system}|${r.code}`)).size === roles.length, {
    error: 'each job role code may appear only once',
  }),
);

export type { JobRole };

/** The map in use, installed with the whole partnership file (installPartnership, before the first render). */
export let JOB_ROLES: readonly JobRole[] = [];

export function installJobRoles(roles: readonly JobRole[]): void {
  JOB_ROLES = roles;
}
