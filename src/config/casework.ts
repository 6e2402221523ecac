import * as z from 'zod/mini';
import { casework as raw } from './partnership.json';

/**
 * The advice service's casework settings (partnership.json, key "casework"): how long after
 * closing a case may be reopened or its outcome corrected, and where face-to-face appointments
 * happen (Location references the EHR knows).
 */
export const caseworkSchema = z.object({
  reopenWithinDays: z.number().check(z.int(), z.minimum(0), z.maximum(365)),
  appointmentPlaces: z.array(
    z.object({
      reference: z.string().check(z.regex(/^Location\/[A-Za-z0-9\-.]{1,64}$/)),
      display: z.string().check(z.minLength(1)),
    }),
  ),
});

export type CaseworkConfig = z.infer<typeof caseworkSchema>;

/** The shipped settings; a bad file fails here, at start. */
export const CASEWORK: CaseworkConfig = z.parse(caseworkSchema, raw);
