import type { Composition } from 'fhir/r4';
import {
  PROFILE,
  REPORT_NARRATIVE_IDENTIFIER_SYSTEM,
  type ReportSection,
} from '../../../fhir-profiles/src/terminology';
import { REPORT_DOCUMENT_TYPE, REPORT_SECTION } from '../../../fhir-profiles/src/code-systems-casework';
import { textToXhtmlDiv, xhtmlDivToText } from '../../domain/narrativeText';
import type { Period } from '../periods';

/**
 * The lead's narrative of the funder report for one period: one Composition (hjp-report-narrative)
 * per period, identified by the period id, updated with If-Match (the server's history keeps each
 * version). Plain text in, escaped XHTML stored, plain text out.
 */
export const NARRATIVE_SECTIONS = [
  'about',
  'activity',
  'outcomes',
  'equity',
  'before-after',
  'case-studies',
  'methods',
] as const satisfies readonly ReportSection[];
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

export type NarrativeTexts = Readonly<Partial<Record<NarrativeSection, string>>>;

export const sectionTitle = (section: NarrativeSection): string => REPORT_SECTION.codes[section];

export function narrativeIdentifier(periodId: string): string {
  return `${REPORT_NARRATIVE_IDENTIFIER_SYSTEM}|${periodId}`;
}

/** The period's narrative as a Composition; `base` (the stored one) keeps its id and version for If-Match. */
export function buildNarrative(input: {
  period: Period;
  author: string;
  texts: NarrativeTexts;
  now: Date;
  base?: Composition;
}): Composition {
  const sections = NARRATIVE_SECTIONS.filter((s) => (input.texts[s] ?? '').trim().length > 0).map((s) => ({
    title: sectionTitle(s),
    code: { coding: [{ system: REPORT_SECTION.system, code: s, display: sectionTitle(s) }] },
    text: { status: 'generated' as const, div: textToXhtmlDiv(input.texts[s] ?? '') },
  }));
  return {
    resourceType: 'Composition',
    ...(input.base?.id ? { id: input.base.id } : {}),
    ...(input.base?.meta?.versionId
      ? { meta: { profile: [PROFILE.reportNarrative], versionId: input.base.meta.versionId } }
      : { meta: { profile: [PROFILE.reportNarrative] } }),
    identifier: { system: REPORT_NARRATIVE_IDENTIFIER_SYSTEM, value: input.period.id },
    status: 'preliminary',
    type: {
      coding: [
        {
          system: REPORT_DOCUMENT_TYPE.system,
          code: 'funder-report',
          display: REPORT_DOCUMENT_TYPE.codes['funder-report'],
        },
      ],
    },
    date: input.now.toISOString(),
    author: [{ reference: input.author }],
    title: `Funder report ${input.period.id.replace(/^FY/, '')}: narrative`,
    event: [{ period: { start: input.period.start, end: input.period.end } }],
    ...(sections.length > 0 ? { section: sections } : {}),
  };
}

/** The texts of a stored narrative by section (unknown sections left out). */
export function readNarrative(composition: Composition | undefined): NarrativeTexts {
  const out: Partial<Record<NarrativeSection, string>> = {};
  for (const section of composition?.section ?? []) {
    const code = section.code?.coding?.find((c) => c.system === REPORT_SECTION.system)?.code;
    const known = NARRATIVE_SECTIONS.find((s) => s === code);
    if (known) {
      out[known] = xhtmlDivToText(section.text?.div);
    }
  }
  return out;
}
