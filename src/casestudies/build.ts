import type { Composition } from 'fhir/r4';
import { CASE_STUDY_IDENTIFIER_SYSTEM, PROFILE } from '../../fhir-profiles/src/terminology';
import { REPORT_DOCUMENT_TYPE, REPORT_SECTION } from '../../fhir-profiles/src/code-systems-casework';
import { textToXhtmlDiv, xhtmlDivToText } from '../domain/narrativeText';

/**
 * A case study (hjp-case-study): the story of a closed case for the partnership's reports. It names
 * no patient: it points at the referral Task only (event.detail), and the record removes even that
 * from the lead's copy. One per case (identifier = the Task id), updated with If-Match.
 */
export interface CaseStudyInput {
  taskId: string;
  /** "PractitionerRole/<id>" of the adviser. */
  author: string;
  title: string;
  text: string;
  now: Date;
}

export function buildCaseStudy(input: CaseStudyInput): Composition {
  return {
    resourceType: 'Composition',
    meta: { profile: [PROFILE.caseStudy] },
    identifier: { system: CASE_STUDY_IDENTIFIER_SYSTEM, value: input.taskId },
    status: 'final',
    type: {
      coding: [
        { system: REPORT_DOCUMENT_TYPE.system, code: 'case-study', display: REPORT_DOCUMENT_TYPE.codes['case-study'] },
      ],
    },
    date: input.now.toISOString(),
    author: [{ reference: input.author }],
    title: input.title.trim(),
    event: [{ detail: [{ reference: `Task/${input.taskId}` }] }],
    section: [
      {
        title: REPORT_SECTION.codes.story,
        code: { coding: [{ system: REPORT_SECTION.system, code: 'story', display: REPORT_SECTION.codes.story }] },
        text: { status: 'generated', div: textToXhtmlDiv(input.text) },
      },
    ],
  };
}

export interface CaseStudyText {
  readonly id: string | undefined;
  readonly title: string;
  readonly text: string;
  readonly date: string | undefined;
}

export function readCaseStudy(composition: Composition): CaseStudyText {
  return {
    id: composition.id,
    title: composition.title,
    text: xhtmlDivToText(composition.section?.[0]?.text?.div),
    date: composition.date,
  };
}
