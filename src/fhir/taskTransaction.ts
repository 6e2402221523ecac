import type { Bundle, Task } from 'fhir/r4';
import { FhirError } from './errors';
import type { FhirGateway } from './gateway';

/** Sends a transaction and returns the first entry's resource (the updated Task). */
export async function sendTaskTransaction(gateway: FhirGateway, bundle: Bundle): Promise<Task> {
  const response = await gateway.transaction(bundle);
  const task = response.entry?.[0]?.resource;
  if (task?.resourceType !== 'Task') {
    throw new FhirError('malformed', undefined, undefined, 'no Task in the response');
  }
  return task as Task;
}
