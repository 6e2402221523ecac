import { fieldProblem } from './fieldProblem';
import { checkPartnership, PartnershipFileError, type PartnershipConfig, type PartnershipProblem } from './partnership';

/** A partnership file's problem in plain words, naming the field. */
export function partnershipProblemText(problem: PartnershipProblem): string {
  if ('message' in problem) {
    return problem.message;
  }
  return problem.issue ? fieldProblem(problem.issue) : 'not valid';
}

/** Parses a partnership file; throws with the first problem so a bad file never half-loads. */
export function parsePartnership(json: unknown): PartnershipConfig {
  const checked = checkPartnership(json);
  if ('problem' in checked) {
    throw new PartnershipFileError(partnershipProblemText(checked.problem));
  }
  return checked.config;
}
