import type { Bundle, Communication, Patient, Reference, Resource, ServiceRequest, Task } from 'fhir/r4';
import { NHS_NUMBER_SYSTEM } from '../../fhir-profiles/src/canonical';
import type { WelfareLawArea } from '../../fhir-profiles/src/terminology';
import { caseOwnerOf } from '../domain/caseOwner';
import { formatNhsNumber, formatPatientName } from '../domain/patient';
import { stageOf } from '../domain/labels';
import { areasOf } from '../domain/referralRead';
import { flagFacts, type FlagFacts } from './caseFlags';
import { isUrgentPriority } from './caseloadQuery';

/** One line of the caseload, built from a search page with its included referral and patient. */
export interface CaseloadRow {
  taskId: string;
  status: string;
  stage: ReturnType<typeof stageOf>;
  urgent: boolean;
  authoredOn: string | undefined;
  patientName: string;
  nhsNumber: string | undefined;
  areas: WelfareLawArea[];
  referrer: string | undefined;
  /** The adviser who has the case (case-owner extension); undefined = unassigned. */
  owner: Reference | undefined;
  /** What may need the adviser (src/casework/caseFlags.ts), from the same bundle. */
  flags: FlagFacts;
}

export interface CaseloadPage {
  rows: CaseloadRow[];
  /** The search's total, when the server gives one (a plain server does only when asked). */
  total: number | undefined;
  /** The server's `next` link. There is deliberately no `previous`: plain servers do not send one. */
  next: string | undefined;
}

function key(resource: Resource): string {
  return `${resource.resourceType}/${resource.id ?? ''}`;
}

export function nhsNumberOf(patient: Patient | undefined): string | undefined {
  const value = patient?.identifier?.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value;
  return value ? formatNhsNumber(value) : undefined;
}

export function readCaseloadPage(bundle: Bundle): CaseloadPage {
  const included = new Map<string, Resource>();
  const tasks: Task[] = [];
  // Messages and evidence requests included with the page, by the Task they are about / part of.
  const messages = new Map<string, Communication[]>();
  const evidence = new Map<string, Task[]>();
  const add = <T>(map: Map<string, T[]>, k: string | undefined, value: T): void => {
    if (k) {
      map.set(k, [...(map.get(k) ?? []), value]);
    }
  };
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (!resource) {
      continue;
    }
    if (entry.search?.mode !== 'include' && resource.resourceType === 'Task') {
      tasks.push(resource as Task);
    } else if (resource.resourceType === 'Communication') {
      (resource as Communication).about?.forEach((a) => {
        add(messages, a.reference, resource as Communication);
      });
    } else if (resource.resourceType === 'Task') {
      (resource as Task).partOf?.forEach((p) => {
        add(evidence, p.reference, resource as Task);
      });
    } else {
      included.set(key(resource), resource);
    }
  }
  const rows = tasks.flatMap((task): CaseloadRow[] => {
    if (!task.id) {
      return [];
    }
    const referral = included.get(task.focus?.reference ?? '') as ServiceRequest | undefined;
    const patient = included.get(task.for?.reference ?? '') as Patient | undefined;
    return [
      {
        taskId: task.id,
        status: task.status,
        stage: stageOf(task),
        urgent: isUrgentPriority(task.priority) || isUrgentPriority(referral?.priority),
        authoredOn: task.authoredOn,
        patientName: patient ? formatPatientName(patient.name) : 'Patient details not available',
        nhsNumber: nhsNumberOf(patient),
        areas: areasOf(referral),
        referrer: referral?.requester?.display ?? task.requester?.display,
        owner: caseOwnerOf(task),
        flags: flagFacts(task, messages.get(`Task/${task.id}`) ?? [], evidence.get(`Task/${task.id}`) ?? []),
      },
    ];
  });
  const link = (relation: string): string | undefined => bundle.link?.find((l) => l.relation === relation)?.url;
  return { rows, total: bundle.total, next: link('next') };
}
