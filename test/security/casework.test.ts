import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment, Bundle, Communication, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import type { Api } from '../support/api';
import { SCOPES } from '../../src/smart/scopes';
import { launchHeadless } from '../support/smart';
import { addOtherOrgAdviser, appLaunch, disclosed, Ledger, sandboxApiWithToken, setupApi } from './support';

/**
 * The adviser's working day (issue 11), attacked straight at the FHIR API with the app's real
 * scopes: an internal case note never reaches a clinician's token (read, search, count, include,
 * history, batch, a write that would turn it into a message); appointments reach the advice
 * organisation and the referrer, not another advice organisation; appointments, notes and measure
 * responses are written only by an adviser of the organisation that holds the open case.
 */
let sandbox: RunningSandbox;
let admin: Api;
const ledger = new Ledger('Casework: appointments, notes, measures');

beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await setupApi(sandbox);
  await addOtherOrgAdviser(admin);
});
afterAll(async () => {
  await sandbox.close();
});

const withoutServerFields = <T extends Resource>(r: T): T => ({
  ...r,
  id: undefined,
  meta: { profile: r.meta?.profile },
});

async function seeded<T extends Resource>(path: string): Promise<T> {
  const reply = await admin<T>('GET', path);
  expect(reply.status, path).toBe(200);
  return reply.body;
}

/** A GP without a patient open (practice list): the app's clinician scopes in their user-level form (role-allowance.ts). */
async function practiceLaunch(user: string): Promise<Api> {
  const scope = SCOPES.clinician.map((s) => s.replace(/^patient\//, 'user/')).join(' ');
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, { user, scope });
  return sandboxApiWithToken(sandbox, token.access_token);
}

const ids = (body: unknown, type: string): (string | undefined)[] => disclosed(body, type).map((r) => r.id);

describe('an internal case note (note-04-1) never reaches a clinician', () => {
  it('not to the GP in the patient’s record: read, search, count, includes, history, batch', async () => {
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-004')).api;
    await ledger.status('GP in record reads the note', 'refused', gp('GET', 'Communication/note-04-1'));
    await ledger.status(
      'GP in record reads the note’s history',
      'refused',
      gp('GET', 'Communication/note-04-1/_history'),
    );
    await ledger.status('GP in record vreads the note', 'refused', gp('GET', 'Communication/note-04-1/_history/1'));
    await ledger.search(
      'GP in record searches notes by category',
      'refused',
      'Communication',
      gp('GET', 'Communication?category=internal-note'),
    );
    await ledger.search(
      'GP in record counts notes by category',
      'refused',
      'Communication',
      gp('GET', 'Communication?category=internal-note&_summary=count'),
    );
    const all = await gp<Bundle>('GET', 'Communication?patient=Patient/pat-004&_count=100');
    expect(ids(all.body, 'Communication')).not.toContain('note-04-1');
    const count = await gp<Bundle>('GET', 'Communication?patient=Patient/pat-004&_summary=count');
    expect(count.body.total).toBe(disclosed(all.body, 'Communication').length);
    for (const path of [
      'Communication?_id=note-04-1',
      'ServiceRequest?_id=ref-04&_revinclude=Communication:based-on',
      'Task?_id=task-04&_revinclude=Communication:part-of',
    ]) {
      const reply = await gp<Bundle>('GET', path);
      expect(reply.status, path).toBe(200);
      expect(ids(reply.body, 'Communication'), path).not.toContain('note-04-1');
    }
    const batch = await gp<Bundle>('POST', '', {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [{ request: { method: 'GET', url: 'Communication/note-04-1' } }],
    });
    expect(batch.body.entry?.[0]?.response?.status).toMatch(/^403/);
  });

  it('not to the GP at practice level (their referral), a ward nurse or the lead', async () => {
    const gp = await practiceLaunch('gp');
    await ledger.status(
      'GP (practice list) reads the note on their referral',
      'refused',
      gp('GET', 'Communication/note-04-1'),
    );
    const onReferral = await gp<Bundle>('GET', 'Communication?based-on=ServiceRequest/ref-04');
    expect(ids(onReferral.body, 'Communication')).toEqual(expect.arrayContaining(['msg-04-1', 'msg-04-2']));
    expect(ids(onReferral.body, 'Communication')).not.toContain('note-04-1');
    const nurse = (await appLaunch(sandbox, 'clinician', 'ward-nurse', 'pat-004')).api;
    await ledger.status('ward nurse in record reads the note', 'refused', nurse('GET', 'Communication/note-04-1'));
    const lead = (await appLaunch(sandbox, 'lead', 'lead')).api;
    await ledger.status('lead reads the note', 'refused', lead('GET', 'Communication/note-04-1'));
  });

  it('reaches the advice organisation holding the case, and not another advice organisation', async () => {
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser-2')).api;
    await ledger.status('adviser of org-advice reads the note', 'allowed', adviser('GET', 'Communication/note-04-1'));
    const found = await adviser<Bundle>('GET', 'Communication?category=internal-note');
    expect(ids(found.body, 'Communication')).toContain('note-04-1');
    const other = (await appLaunch(sandbox, 'adviser', 'adviser-other')).api;
    await ledger.status(
      'adviser of another organisation reads the note',
      'refused',
      other('GET', 'Communication/note-04-1'),
    );
    await ledger.search(
      'adviser of another organisation counts notes',
      'refused',
      'Communication',
      other('GET', 'Communication?category=internal-note&_summary=count'),
    );
  });

  it('is written only by the advice organisation, to itself, on an open case', async () => {
    const note = withoutServerFields(await seeded<Communication>('Communication/note-04-1'));
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-004')).api;
    await ledger.status(
      'GP in record writes an internal note',
      'refused',
      gp('POST', 'Communication', { ...note, sender: { reference: 'PractitionerRole/gp' } }),
    );
    const current = await seeded<Communication>('Communication/note-04-1');
    const asMessage: Communication = {
      ...current,
      meta: { ...current.meta, profile: [] },
      category: [
        { coding: [{ system: 'https://fhir.hjp-link.org.uk/CodeSystem/communication-category', code: 'message' }] },
      ],
    };
    await ledger.status(
      'GP in record rewrites the note as a message',
      'refused',
      gp('PUT', 'Communication/note-04-1', asMessage, { 'If-Match': `W/"${current.meta?.versionId ?? ''}"` }),
    );
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    await ledger.status('adviser writes a note on open case 04', 'allowed', adviser('POST', 'Communication', note));
    await ledger.status(
      'adviser addresses a note to the GP',
      'refused',
      adviser('POST', 'Communication', { ...note, recipient: [{ reference: 'PractitionerRole/gp' }] }),
    );
    await ledger.status(
      'adviser writes a note in a colleague’s name',
      'refused',
      adviser('POST', 'Communication', { ...note, sender: { reference: 'PractitionerRole/adviser-2' } }),
    );
    await ledger.status(
      'adviser writes a note on closed case 07',
      'refused',
      adviser('POST', 'Communication', {
        ...note,
        subject: { reference: 'Patient/pat-007' },
        about: [{ reference: 'Task/task-07' }],
        basedOn: [{ reference: 'ServiceRequest/ref-07' }],
      }),
    );
    const other = (await appLaunch(sandbox, 'adviser', 'adviser-other')).api;
    await ledger.status(
      'adviser of another organisation writes a note on case 04',
      'refused',
      other('POST', 'Communication', {
        ...note,
        sender: { reference: 'PractitionerRole/adviser-other' },
        recipient: [{ reference: 'Organization/org-other-advice' }],
      }),
    );
  });
});

describe('appointments', () => {
  it('reach the advice organisation and the referrer, not another advice organisation', async () => {
    const gpPractice = await practiceLaunch('gp');
    await ledger.status(
      'GP (practice list) reads an appointment on their referral',
      'allowed',
      gpPractice('GET', 'Appointment/appt-04-1'),
    );
    const gpRecord = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-004')).api;
    const timeline = await gpRecord<Bundle>('GET', 'Appointment?patient=Patient/pat-004');
    expect(ids(timeline.body, 'Appointment').sort()).toEqual(['appt-04-1', 'appt-04-2']);
    const nurse = await practiceLaunch('ward-nurse');
    await ledger.status(
      'ward nurse (no patient) reads an appointment on another’s referral',
      'refused',
      nurse('GET', 'Appointment/appt-04-1'),
    );
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    await ledger.status('adviser reads the case’s appointment', 'allowed', adviser('GET', 'Appointment/appt-04-1'));
    const other = (await appLaunch(sandbox, 'adviser', 'adviser-other')).api;
    await ledger.status(
      'adviser of another organisation reads the appointment',
      'refused',
      other('GET', 'Appointment/appt-04-1'),
    );
    await ledger.search(
      'adviser of another organisation searches the patient’s appointments',
      'refused',
      'Appointment',
      other('GET', 'Appointment?patient=Patient/pat-004&_summary=count'),
    );
  });

  it('are booked only by an adviser of the organisation holding the open case', async () => {
    const appt = withoutServerFields(await seeded<Appointment>('Appointment/appt-04-2'));
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    const booked = await ledger.status(
      'adviser books an appointment on case 04',
      'allowed',
      adviser('POST', 'Appointment', appt),
    );
    const created = booked.body as Appointment;
    await ledger.status(
      'adviser cancels it',
      'allowed',
      adviser(
        'PUT',
        `Appointment/${created.id ?? ''}`,
        { ...created, status: 'cancelled' },
        {
          'If-Match': `W/"${created.meta?.versionId ?? ''}"`,
        },
      ),
    );
    const closedCase: Appointment = {
      ...appt,
      basedOn: [{ reference: 'ServiceRequest/ref-07' }],
      participant: [{ actor: { reference: 'Patient/pat-007' }, status: 'accepted' }, ...appt.participant.slice(1)],
    };
    await ledger.status('adviser books on closed case 07', 'refused', adviser('POST', 'Appointment', closedCase));
    const wrongPatient: Appointment = {
      ...appt,
      participant: [{ actor: { reference: 'Patient/pat-001' }, status: 'accepted' }, ...appt.participant.slice(1)],
    };
    await ledger.status(
      'adviser books case 04 for another patient',
      'refused',
      adviser('POST', 'Appointment', wrongPatient),
    );
    const gpAsAdviser: Appointment = {
      ...appt,
      participant: [
        appt.participant[0] ?? { status: 'accepted' },
        { actor: { reference: 'PractitionerRole/gp' }, status: 'accepted' },
      ],
    };
    await ledger.status('adviser books the GP as the adviser', 'refused', adviser('POST', 'Appointment', gpAsAdviser));
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-004')).api;
    await ledger.status('GP in record books an appointment', 'refused', gp('POST', 'Appointment', appt));
    const other = (await appLaunch(sandbox, 'adviser', 'adviser-other')).api;
    const otherBooking: Appointment = {
      ...appt,
      participant: [
        appt.participant[0] ?? { status: 'accepted' },
        { actor: { reference: 'PractitionerRole/adviser-other' }, status: 'accepted' },
      ],
    };
    await ledger.status(
      'adviser of another organisation books on case 04',
      'refused',
      other('POST', 'Appointment', otherBooking),
    );
  });
});

describe('measure responses', () => {
  it('are recorded only by the adviser of the case, under referral consent', async () => {
    const intake = withoutServerFields(
      await seeded<QuestionnaireResponse>('QuestionnaireResponse/measure-04-strain-intake'),
    );
    const closing: QuestionnaireResponse = {
      ...intake,
      extension: [
        {
          url: 'https://fhir.hjp-link.org.uk/StructureDefinition/measure-timepoint',
          valueCoding: { system: 'https://fhir.hjp-link.org.uk/CodeSystem/measure-timepoint', code: 'closing' },
        },
      ],
      item: [
        { linkId: 'financial-strain', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA14745-7' } }] },
      ],
    };
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    await ledger.status(
      'adviser records the closing measure on case 04',
      'allowed',
      adviser('POST', 'QuestionnaireResponse', closing),
    );
    const withdrawn: QuestionnaireResponse = {
      ...closing,
      basedOn: [{ reference: 'ServiceRequest/ref-06' }],
      subject: { reference: 'Patient/pat-006' },
    };
    await ledger.status(
      'adviser records a measure after consent was withdrawn (case 06)',
      'refused',
      adviser('POST', 'QuestionnaireResponse', withdrawn),
    );
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-004')).api;
    await ledger.status(
      'GP in record records a measure response',
      'refused',
      gp('POST', 'QuestionnaireResponse', { ...closing, author: { reference: 'PractitionerRole/gp' } }),
    );
    const other = (await appLaunch(sandbox, 'adviser', 'adviser-other')).api;
    await ledger.status(
      'adviser of another organisation records a measure on case 04',
      'refused',
      other('POST', 'QuestionnaireResponse', { ...closing, author: { reference: 'PractitionerRole/adviser-other' } }),
    );
    await ledger.status(
      'adviser of another organisation reads the intake measure',
      'refused',
      other('GET', 'QuestionnaireResponse/measure-04-strain-intake'),
    );
  });
});
