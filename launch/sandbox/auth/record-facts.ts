import type { Consent as R4Consent } from 'fhir/r4';
import type { Communication, Consent, PractitionerRole, Resource, ServiceRequest, Task } from '@medplum/fhirtypes';
import {
  COMMUNICATION_CATEGORY,
  EXTERNAL,
  PROFILE,
  TASK_TYPE,
  type ConsentCoverage,
} from '../../../fhir-profiles/src/terminology';
import { caseStudyAllowed } from '../../../src/domain/consent/caseStudy';
import { consentDecision, type ConsentDecision } from '../../../src/domain/consent/decision';
import type { RecordView } from '../types';

/**
 * What the record rules need to know about the record during one request, worked out once and
 * forgotten when the request writes (a Consent created earlier in a transaction counts).
 */
export interface RecordFacts {
  readonly view: RecordView;
  /**
   * The app's consent rule (src/domain/consent/decision.ts) over all of the patient's Consents;
   * `referral` (a referral's business identifier) when deciding one new referral.
   */
  consent(patientId: string, adviceOrg: string, coverage: ConsentCoverage, referral?: string): ConsentDecision;
  /** The client's case-study decision for the organisation now (src/domain/consent/caseStudy.ts). */
  caseStudyAllowed(patientId: string, adviceOrg: string): boolean;
  /** "Organization/<id>" of a "PractitionerRole/<id>" reference. */
  organizationOf(roleReference: string | undefined): string | undefined;
  /** Referral Tasks (code fulfill) whose owner is the organisation. */
  tasksOwnedBy(organization: string): readonly Task[];
  /** The organisation's referral Tasks for one patient. */
  tasksOwnedFor(organization: string, patientId: string): readonly Task[];
  /** Referral Tasks focused on a ServiceRequest. */
  tasksFocusedOn(serviceRequestId: string): readonly Task[];
  forget(): void;
}

/** "Type/id" → id when the reference names that type (relative, absolute or versioned). */
export function idIn(reference: string | undefined, type: string): string | undefined {
  if (reference === undefined) {
    return undefined;
  }
  const match = new RegExp(`(?:^|/)${type}/([A-Za-z0-9.-]{1,64})(?:/_history/[^/]+)?$`).exec(reference);
  return match?.[1];
}

/** Every `reference` string anywhere in the resource. */
export function allReferences(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((v) => allReferences(v, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'reference' && typeof inner === 'string') {
        out.push(inner);
      } else {
        allReferences(inner, out);
      }
    }
  }
  return out;
}

/** The patients a resource names (by any reference), and the Patient itself. */
export function patientsNamed(resource: Resource): Set<string> {
  const ids = new Set(allReferences(resource).flatMap((r) => idIn(r, 'Patient') ?? []));
  if (resource.resourceType === 'Patient' && resource.id) {
    ids.add(resource.id);
  }
  return ids;
}

const hasProfile = (resource: Resource, profile: string): boolean => resource.meta?.profile?.includes(profile) ?? false;

export function isReferralTask(task: Task): boolean {
  return (
    hasProfile(task, PROFILE.referralTask) ||
    (task.code?.coding ?? []).some(
      (c) => c.system === EXTERNAL.taskFulfill.system && c.code === EXTERNAL.taskFulfill.code,
    )
  );
}

export function isEvidenceRequest(task: Task): boolean {
  return (
    hasProfile(task, PROFILE.evidenceRequest) ||
    (task.code?.coding ?? []).some((c) => c.system === TASK_TYPE.system && c.code === 'medical-evidence')
  );
}

/** A message that carries clinical content (the GP's evidence). */
export function isEvidenceMessage(message: Communication): boolean {
  return (message.category ?? []).some((cc) =>
    (cc.coding ?? []).some((c) => c.system === COMMUNICATION_CATEGORY.system && c.code === 'evidence'),
  );
}

export function isClosingMessage(message: Communication): boolean {
  return (message.category ?? []).some((cc) =>
    (cc.coding ?? []).some((c) => c.system === COMMUNICATION_CATEGORY.system && c.code === 'outcome-feedback'),
  );
}

/** The organisations a referral is sent to (its Organization performers). */
export function performerOrgs(request: ServiceRequest): string[] {
  return (request.performer ?? []).flatMap((p) => {
    const id = idIn(p.reference, 'Organization');
    return id ? [`Organization/${id}`] : [];
  });
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

export function createRecordFacts(view: RecordView, now: () => Date): RecordFacts {
  let consentsByPatient: Map<string, Consent[]> | undefined;
  let ownedBy: Map<string, Task[]> | undefined;
  let focusedOn: Map<string, Task[]> | undefined;
  let ownedFor: Map<string, Task[]> | undefined;
  const decisions = new Map<string, ConsentDecision>();

  const indexTasks = (): void => {
    ownedBy = new Map();
    focusedOn = new Map();
    ownedFor = new Map();
    for (const resource of view.all('Task')) {
      const task = resource as Task;
      if (!isReferralTask(task)) {
        continue;
      }
      const owner = task.owner?.reference;
      if (owner) {
        push(ownedBy, owner, task);
        const patient = idIn(task.for?.reference, 'Patient');
        if (patient) {
          push(ownedFor, `${owner}|${patient}`, task);
        }
      }
      const focus = idIn(task.focus?.reference, 'ServiceRequest');
      if (focus) {
        push(focusedOn, focus, task);
      }
    }
  };

  const consentsOf = (patientId: string): R4Consent[] => {
    if (!consentsByPatient) {
      consentsByPatient = new Map();
      for (const resource of view.all('Consent')) {
        const patient = idIn((resource as Consent).patient?.reference, 'Patient');
        if (patient) {
          push(consentsByPatient, patient, resource as Consent);
        }
      }
    }
    return (consentsByPatient.get(patientId) ?? []) as unknown as R4Consent[];
  };

  return {
    view,
    caseStudyAllowed(patientId, adviceOrg): boolean {
      return caseStudyAllowed(consentsOf(patientId), { patientId, adviceOrg, now: now() });
    },
    consent(patientId, adviceOrg, coverage, referral): ConsentDecision {
      const key = `${patientId}|${adviceOrg}|${coverage}|${referral ?? ''}`;
      const known = decisions.get(key);
      if (known) {
        return known;
      }
      const consents = consentsOf(patientId);
      const decision = consentDecision(consents, {
        patientId,
        adviceOrg,
        coverage,
        now: now(),
        ...(referral ? { referral } : {}),
      });
      decisions.set(key, decision);
      return decision;
    },
    organizationOf(roleReference): string | undefined {
      const id = idIn(roleReference, 'PractitionerRole');
      const role = id ? (view.current('PractitionerRole', id) as PractitionerRole | undefined) : undefined;
      return role?.organization?.reference;
    },
    tasksOwnedBy(organization): readonly Task[] {
      if (!ownedBy) {
        indexTasks();
      }
      return ownedBy?.get(organization) ?? [];
    },
    tasksOwnedFor(organization, patientId): readonly Task[] {
      if (!ownedFor) {
        indexTasks();
      }
      return ownedFor?.get(`${organization}|${patientId}`) ?? [];
    },
    tasksFocusedOn(serviceRequestId): readonly Task[] {
      if (!focusedOn) {
        indexTasks();
      }
      return focusedOn?.get(serviceRequestId) ?? [];
    },
    forget(): void {
      consentsByPatient = undefined;
      ownedBy = undefined;
      focusedOn = undefined;
      ownedFor = undefined;
      decisions.clear();
    },
  };
}
