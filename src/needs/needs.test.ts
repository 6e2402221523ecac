import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Coding, Questionnaire } from 'fhir/r4';
import { EXTENSION, URGENT_REASON, WELFARE_LAW_AREA } from '../../fhir-profiles/src/terminology';
import { PARTNERSHIP } from '../config/partnership';
import type { Answers } from '../domain/screening/answers';
import { deriveNeeds } from './needs';
import { defaultPriority } from './urgency';

const checklist = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../fhir-profiles/build/package/Questionnaire-welfare-needs-checklist.json'),
    'utf8',
  ),
) as Questionnaire;
const LOINC = 'http://loinc.org';
const YES: Coding = { system: LOINC, code: 'LA33-6', display: 'Yes' };
const NO: Coding = { system: LOINC, code: 'LA32-8', display: 'No' };
const yes = { valueCoding: YES };
const no = { valueCoding: NO };

describe('deriveNeeds on the welfare-needs checklist', () => {
  it('finds nothing when every answer is no', () => {
    const answers: Answers = {
      'urgent-eviction': [no],
      'urgent-no-money': [no],
      'debt-worries': [no],
      'immigration-worries': [no],
    };
    expect(deriveNeeds(checklist, answers)).toEqual({ areas: [], urgentReasons: [], because: {} });
  });

  it('an eviction answer means housing, urgent, with the answer (not the question) as the reason', () => {
    const needs = deriveNeeds(checklist, { 'urgent-eviction': [yes] });
    expect(needs.areas).toEqual(['housing']);
    expect(needs.urgentReasons).toEqual(['eviction-or-court']);
    expect(needs.because.housing).toEqual(['Eviction, court date or nowhere safe tonight: Yes']);
  });

  it('lists each answer by its short text and the option chosen, several options together', () => {
    const damp = { valueCoding: { system: LOINC, code: 'LA28580-1' } };
    const leaks = { valueCoding: { system: LOINC, code: 'LA32001-2' } };
    const needs = deriveNeeds(checklist, { 'housing-problems': [damp, leaks] });
    expect(needs.because.housing).toEqual(['Problems with the home: Damp or mould, Leaks']);
  });

  it('collects several areas in code-system order, once each', () => {
    const needs = deriveNeeds(checklist, {
      'immigration-worries': [yes],
      'debt-worries': [yes],
      'benefits-ends-meet': [yes],
      'benefits-income-change': [yes],
      'debt-utility-shutoff': [{ valueCoding: { system: LOINC, code: 'LA32002-0' } }],
    });
    expect(needs.areas).toEqual(['benefits', 'debt', 'immigration']);
    expect(needs.urgentReasons).toEqual(['utility-disconnection']);
    expect(needs.because.benefits).toHaveLength(2);
  });

  it('ignores answers to questions that enableWhen hides', () => {
    const food = { valueCoding: { system: LOINC, code: 'LA28397-0' } };
    expect(deriveNeeds(checklist, { 'debt-worries': [no], 'debt-food-worried': [food] }).areas).toEqual([]);
    expect(deriveNeeds(checklist, { 'debt-worries': [yes], 'debt-food-worried': [food] }).areas).toEqual([
      'benefits',
      'debt',
    ]);
  });

  it('reads string answer options and repeating answers', () => {
    const needs = deriveNeeds(checklist, {
      'community-care-daily-help': [{ valueString: 'I need a lot more help' }],
      'housing-situation': [{ valueCoding: { system: LOINC, code: 'LA31994-9' } }],
      'housing-problems': [
        { valueCoding: { system: LOINC, code: 'LA28580-1' } },
        { valueCoding: { system: LOINC, code: 'LA9-3' } },
      ],
    });
    expect(needs.areas).toEqual(['housing', 'community-care']);
    expect(needs.urgentReasons).toEqual([]);
  });

  it('is data-driven: a partnership checklist with its own item and a boolean question', () => {
    const own: Questionnaire = {
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        {
          linkId: 'q1',
          type: 'boolean',
          text: 'Any court papers?',
          extension: [
            { url: EXTENSION.indicatesNeed, valueCoding: { system: WELFARE_LAW_AREA.system, code: 'employment' } },
            {
              url: EXTENSION.indicatesUrgency,
              valueCoding: { system: URGENT_REASON.system, code: 'imminent-deadline' },
            },
            { url: EXTENSION.indicatesNeed, valueCoding: { system: 'http://other', code: 'debt' } },
          ],
        },
      ],
    };
    expect(deriveNeeds(own, { q1: [{ valueBoolean: false }] }).areas).toEqual([]);
    const needs = deriveNeeds(own, { q1: [{ valueBoolean: true }] });
    expect(needs).toMatchObject({ areas: ['employment'], urgentReasons: ['imminent-deadline'] });
  });
});

describe('urgency rules', () => {
  it('urgent needs make the referral urgent by default', () => {
    expect(defaultPriority(['no-money-food-heating'], PARTNERSHIP.urgency)).toBe('urgent');
    expect(defaultPriority([], PARTNERSHIP.urgency)).toBe('routine');
  });
  it('a partnership can turn the default off', () => {
    expect(defaultPriority(['safety'], { ...PARTNERSHIP.urgency, urgentReasonsMakeReferralUrgent: false })).toBe(
      'routine',
    );
  });
});
