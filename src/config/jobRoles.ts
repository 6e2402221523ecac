import * as z from 'zod/mini';
import type { UserRole } from '../../fhir-profiles/src/canonical';
import type { JobRole } from '../domain/user';
import { jobRoles as raw } from './partnership.json';

/**
 * The partnership's job-role map (partnership.json `jobRoles`), read on its own so that signing
 * in does not load the rest of the partnership configuration: a job role as a real EHR records it
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

/** The shipped map; a bad file fails here, at start, and never half-loads. */
export const JOB_ROLES: readonly JobRole[] = z.parse(jobRolesSchema, raw);
