import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponseItem } from 'fhir/r4';
import { PACKAGE_DIR } from './examples';
import { deriveNeeds } from './needs';
import { EXTENSION, URGENT_REASON, WELFARE_LAW_AREA, WELFARE_QUESTIONNAIRE } from './terminology';

const q = JSON.parse(
  readFileSync(join(PACKAGE_DIR, `Questionnaire-${WELFARE_QUESTIONNAIRE.id}.json`), 'utf8'),
) as Questionnaire;

function flat(items: QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((i) => [i, ...flat(i.item)]);
}
const all = flat(q.item);
const groups = q.item ?? [];
const YES = { system: 'http://loinc.org', code: 'LA33-6' };

describe('welfare-needs checklist Questionnaire', () => {
  it('has the agreed canonical and version', () => {
    expect(q.url).toBe(WELFARE_QUESTIONNAIRE.url);
    expect(q.version).toBe(WELFARE_QUESTIONNAIRE.version);
  });

  it('has one group per area of welfare law plus the urgent-risk group', () => {
    const areas = groups.flatMap((g) => g.code ?? []).filter((c) => c.system === WELFARE_LAW_AREA.system);
    expect(areas.map((c) => c.code).sort()).toEqual(Object.keys(WELFARE_LAW_AREA.codes).sort());
    expect(groups.map((g) => g.linkId)).toContain('urgent');
  });

  it('names each area group with its one display name from the code system', () => {
    for (const g of groups.filter((x) => x.code?.[0]?.system === WELFARE_LAW_AREA.system)) {
      const code = g.code?.[0]?.code as keyof typeof WELFARE_LAW_AREA.codes;
      expect(g.text, g.linkId).toBe(WELFARE_LAW_AREA.codes[code]);
      expect(JSON.stringify(g.item), g.linkId).not.toMatch(/Community care|Money and debt|Welfare benefits/);
    }
  });

  it('is in plain UK English, in one voice (asked to the patient), with no negative question', () => {
    const questions = all.filter((i) => i.type !== 'group' && i.type !== 'display');
    const words = JSON.stringify(
      questions.map((i) => [i.text, (i.answerOption ?? []).map((o) => o.valueCoding?.display ?? o.valueString)]),
    );
    expect(words).not.toMatch(/\b(Mold|bugs|stove|Smoke detectors|etc\.?|Lack of)\b/i);
    expect(words).not.toMatch(/\b(the patient|we|our)\b/i);
    for (const i of questions) {
      expect(i.text, i.linkId).toMatch(/\b(you|your|yours)\b/i);
      expect(i.text, i.linkId).not.toMatch(/^(Is|Are|Do|Does) (there|you|it) (no|not)\b/i);
    }
  });

  it('gives every question a short text (SDC shortText) for the summary of answers', () => {
    const short = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-shortText';
    for (const i of all.filter((x) => x.type === 'choice')) {
      const text = i.extension?.find((e) => e.url === short)?.valueString;
      expect(text?.length, i.linkId).toBeGreaterThan(3);
      expect(text!.length, i.linkId).toBeLessThan(60);
    }
  });

  it('teaches staff what each area covers (a help display item per group)', () => {
    for (const g of groups) {
      const help = (g.item ?? []).find(
        (i) => i.type === 'display' && JSON.stringify(i.extension ?? []).includes('"help"'),
      );
      expect(help?.text?.length, g.linkId).toBeGreaterThan(80);
    }
  });

  it('has unique linkIds and every enableWhen.question resolves', () => {
    const ids = all.map((i) => i.linkId);
    expect(new Set(ids).size).toBe(ids.length);
    const whens = all.flatMap((i) => i.enableWhen ?? []);
    expect(whens.length).toBeGreaterThan(0);
    for (const w of whens) {
      expect(ids).toContain(w.question);
    }
  });

  it('is short and tap-answerable: 15-22 questions, nearly all choice', () => {
    const questions = all.filter((i) => i.type !== 'group' && i.type !== 'display');
    expect(questions.length).toBeGreaterThanOrEqual(15);
    expect(questions.length).toBeLessThanOrEqual(22);
    const typed = questions.filter((i) => !['choice', 'boolean'].includes(i.type));
    expect(typed.every((i) => (i.enableWhen ?? []).length > 0)).toBe(true);
  });

  it('marks needs and urgency only with codes of their code systems, and every area can be indicated', () => {
    const options = all.flatMap((i) => i.answerOption ?? []);
    const needCodes = options.flatMap((o) => (o.extension ?? []).filter((e) => e.url === EXTENSION.indicatesNeed));
    const urgentCodes = options.flatMap((o) => (o.extension ?? []).filter((e) => e.url === EXTENSION.indicatesUrgency));
    for (const e of needCodes) {
      expect(Object.keys(WELFARE_LAW_AREA.codes)).toContain(e.valueCoding?.code);
    }
    for (const e of urgentCodes) {
      expect(Object.keys(URGENT_REASON.codes)).toContain(e.valueCoding?.code);
    }
    expect(new Set(needCodes.map((e) => e.valueCoding?.code)).size).toBe(7);
    expect(new Set(urgentCodes.map((e) => e.valueCoding?.code)).size).toBe(Object.keys(URGENT_REASON.codes).length);
  });
});

describe('deriveNeeds (data-driven)', () => {
  it('derives areas and urgent reasons from the chosen answers', () => {
    const answers: QuestionnaireResponseItem[] = [
      { linkId: 'urgent', item: [{ linkId: 'urgent-eviction', answer: [{ valueCoding: YES }] }] },
      {
        linkId: 'debt',
        item: [{ linkId: 'debt-worries', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA32-8' } }] }],
      },
      {
        linkId: 'community-care',
        item: [{ linkId: 'community-care-daily-help', answer: [{ valueString: 'I need a lot more help' }] }],
      },
    ];
    const needs = deriveNeeds(q, answers);
    expect(needs.areas.sort()).toEqual(['community-care', 'housing']);
    expect(needs.urgentReasons).toEqual(['eviction-or-court']);
  });

  it('follows a partnership edit of the Questionnaire without code changes', () => {
    const edited = structuredClone(q);
    const item = flat(edited.item).find((i) => i.linkId === 'immigration-worries');
    item?.answerOption?.[0]?.extension?.push({
      url: EXTENSION.indicatesUrgency,
      valueCoding: { system: URGENT_REASON.system, code: 'imminent-deadline' },
    });
    const needs = deriveNeeds(edited, [{ linkId: 'immigration-worries', answer: [{ valueCoding: YES }] }]);
    expect(needs).toEqual({ areas: ['immigration'], urgentReasons: ['imminent-deadline'] });
  });

  it('honours the boolean form (extensions on the item, answer true)', () => {
    const boolQ: Questionnaire = {
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        {
          linkId: 'b',
          type: 'boolean',
          extension: [{ url: EXTENSION.indicatesNeed, valueCoding: { system: WELFARE_LAW_AREA.system, code: 'debt' } }],
        },
      ],
    };
    expect(deriveNeeds(boolQ, [{ linkId: 'b', answer: [{ valueBoolean: true }] }]).areas).toEqual(['debt']);
    expect(deriveNeeds(boolQ, [{ linkId: 'b', answer: [{ valueBoolean: false }] }]).areas).toEqual([]);
  });
});
