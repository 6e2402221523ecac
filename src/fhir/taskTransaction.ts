import type { Bundle, Task } from 'fhir/r4';
import type { FhirGateway } from './gateway';
import { answeredResource } from './transactionAnswer';

/**
 * Sends a transaction and returns the first entry's resource (the updated Task): from the answer
 * when the server sends it, otherwise read back by the entry's location (an answer without bodies
 * is a success; the spec allows it).
 */
export async function sendTaskTransaction(gateway: FhirGateway, bundle: Bundle): Promise<Task> {
  return answeredResource<Task>(gateway, await gateway.transaction(bundle), 0, 'Task');
}
