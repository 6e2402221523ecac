import type { Identifier, Reference, Task } from 'fhir/r4';

/** The id in a "Type/id" reference of that type; undefined when it is another type or missing. */
export function referenceId(reference: Reference | string | undefined, type: string): string | undefined {
  const text = typeof reference === 'string' ? reference : reference?.reference;
  const match = /^([A-Za-z]+)\/([^/]+)$/.exec(text ?? '');
  return match?.[1] === type ? match[2] : undefined;
}

/** The patient a Task is for (its `for` reference), as a Patient id; '' when it has none. */
export function patientOfTask(task: Task): string {
  return referenceId(task.for, 'Patient') ?? '';
}

/** The FHIR token "system|value" of an identifier. */
export function identifierToken(system: string, value: string | undefined): string {
  return `${system}|${value ?? ''}`;
}

/** The search string for one identifier ("identifier=system%7Cvalue"): conditional creates and look-ups. */
export function identifierSearch(system: string, value: string | undefined): string {
  return `identifier=${encodeURIComponent(identifierToken(system, value))}`;
}

/** The search string for an identifier as a resource carries it. */
export function identifierSearchOf(identifier: Identifier | undefined): string {
  return identifierSearch(identifier?.system ?? '', identifier?.value);
}
