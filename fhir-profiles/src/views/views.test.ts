import { evalSqlOnFhir } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { seedResources } from '../../../launch/sandbox/seed/index';
import { CANONICAL_BASE } from '../canonical';
import { loadViews, SQL_TYPE, viewColumns } from './views';

const views = loadViews();

describe('HJP ViewDefinitions', () => {
  it('has a view for each thing the evaluation reads', () => {
    expect(views.map((v) => v.resource).sort()).toEqual([
      'Appointment',
      'Consent',
      'Encounter',
      'Patient',
      'PractitionerRole',
      'Provenance',
      'Questionnaire',
      'QuestionnaireResponse',
      'QuestionnaireResponse',
      'QuestionnaireResponse',
      'ServiceRequest',
      'ServiceRequest',
      'Task',
      'Task',
    ]);
  });

  it.each(views.map((v) => [v.name, v] as const))(
    '%s has a canonical url, a SQL-safe name and typed columns',
    (_, view) => {
      expect(view.url).toBe(`${CANONICAL_BASE}/ViewDefinition/${view.name.replace(/_/g, '-')}`);
      expect(view.name).toMatch(/^hjp_[a-z_]+$/);
      expect(view.status).toBe('active');
      const columns = viewColumns(view);
      expect(columns.length).toBeGreaterThan(0);
      for (const column of columns) {
        expect(column.name).toMatch(/^[a-z_]+$/);
        expect(Object.keys(SQL_TYPE)).toContain(column.type);
      }
    },
  );

  it('uses only features the runner passes in the official tests (no repeat, unionAll, %rowIndex, boundaries, collection)', () => {
    const text = JSON.stringify(views);
    for (const unsupported of ['"repeat"', '"unionAll"', '%rowIndex', 'lowBoundary', 'highBoundary', '"collection"']) {
      expect(text).not.toContain(unsupported);
    }
  });

  it('turns the seed into the rows the seed describes', () => {
    const seed: Resource[] = seedResources(new Date('2026-11-27T12:00:00Z'));
    const rows = (name: string): Record<string, unknown>[] => {
      const view = views.find((v) => v.name === name);
      if (!view) {
        throw new Error(`no view ${name}`);
      }
      return evalSqlOnFhir(
        view,
        seed.filter((r) => r.resourceType === view.resource),
      );
    };
    expect(rows('hjp_referral')).toHaveLength(11);
    expect(rows('hjp_referral_area')).toHaveLength(14);
    expect(rows('hjp_referral_task').map((r) => r.status)).toContain('completed');
    expect(rows('hjp_task_output').filter((r) => r.outcome_type === 'benefit-awarded')).toEqual([
      expect.objectContaining({ task_id: 'task-07', value_money: 5644.6, weekly_amount: 108.55 }),
    ]);
    expect(
      rows('hjp_consent')
        .map((r) => r.status)
        .sort(),
    ).toEqual([...Array<string>(10).fill('active'), 'inactive']);
    expect(rows('hjp_patient')).toHaveLength(8);
    expect(rows('hjp_appointment')).toEqual([
      expect.objectContaining({
        appointment_id: 'appt-04-1',
        referral_id: 'ref-04',
        patient_id: 'pat-004',
        status: 'fulfilled',
      }),
      expect.objectContaining({
        appointment_id: 'appt-04-2',
        referral_id: 'ref-04',
        patient_id: 'pat-004',
        status: 'booked',
      }),
    ]);
    const measures = rows('hjp_measure_response').filter((r) => r.referral_id === 'ref-04');
    expect(measures.map((r) => [r.response_id, r.referral_id, r.link_id])).toEqual([
      ['measure-04-strain-intake', 'ref-04', 'financial-strain'],
      ['measure-04-wellbeing-intake', 'ref-04', 'life-satisfaction'],
      ['measure-04-wellbeing-intake', 'ref-04', 'worthwhile'],
      ['measure-04-wellbeing-intake', 'ref-04', 'happy-yesterday'],
      ['measure-04-wellbeing-intake', 'ref-04', 'anxious-yesterday'],
    ]);
    expect(measures.map((r) => r.answer_code ?? r.answer_integer)).toEqual(['LA15832-1', 3, 5, 4, 8]);
    expect(new Set(measures.map((r) => [r.status, r.timepoint].join(' ')))).toEqual(new Set(['completed intake']));
    const closing = rows('hjp_measure_response').filter((r) => r.timepoint === 'closing');
    expect(new Set(closing.map((r) => r.referral_id))).toEqual(new Set(['ref-07']));
  });
});
