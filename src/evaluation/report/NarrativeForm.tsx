import type { Composition } from 'fhir/r4';
import { useState, type ReactElement } from 'react';
import { dateTimeInText } from '../../domain/dates';
import { MAX_FREE_TEXT_CHARS } from '../../domain/limits';
import { isFhirError } from '../../fhir/errors';
import type { FhirGateway } from '../../fhir/gateway';
import { Button } from '../../ui/Button';
import { ErrorSummary, type FieldError } from '../../ui/ErrorSummary';
import { Problem, plainError } from '../../ui/Problem';
import type { Period } from '../periods';
import { saveNarrative } from './api';
import {
  buildNarrative,
  NARRATIVE_SECTIONS,
  readNarrative,
  sectionTitle,
  type NarrativeSection,
  type NarrativeTexts,
} from './narrative';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface Props {
  gateway: FhirGateway;
  period: Period;
  /** "PractitionerRole/<id>" of the lead. */
  author: string;
  /** The stored narrative (null when none yet). */
  stored: Composition | null;
  onSaved: (saved: Composition) => void;
}

const HINTS: Readonly<Record<NarrativeSection, string>> = {
  about: 'Why the partnership exists and how it works day to day.',
  activity: 'What the figures on screening, referrals and contact say, and why.',
  outcomes: 'What clients gained, and what the figures cannot show.',
  equity: 'Who the partnership reached, and who it may be missing.',
  'before-after': 'What changed for clients and for health services.',
  'case-studies': 'An introduction to the case studies that follow.',
  methods: 'Anything a reader should know about how the figures were made.',
};

/**
 * The lead writes the report's narrative, a plain-text box per section. Saved as the period's
 * Composition; a save made on an older version than the record's is refused (If-Match), and what the
 * lead typed is kept so nothing is lost.
 */
export function NarrativeForm({ gateway, period, author, stored, onSaved }: Props): ReactElement {
  const [texts, setTexts] = useState<NarrativeTexts>(() => readNarrative(stored ?? undefined));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<{ title: string; message: string } | undefined>();
  const [saved, setSaved] = useState(false);
  const tooLong: FieldError[] = NARRATIVE_SECTIONS.filter((s) => (texts[s] ?? '').length > MAX_FREE_TEXT_CHARS).map(
    (s) => ({
      href: `#narrative-${s}`,
      message: `${sectionTitle(s)}: keep it within ${MAX_FREE_TEXT_CHARS.toLocaleString('en-GB')} characters`,
    }),
  );
  const [shownErrors, setShownErrors] = useState<FieldError[]>([]);

  const save = async (): Promise<void> => {
    setShownErrors(tooLong);
    if (tooLong.length > 0) {
      return;
    }
    setSaving(true);
    setProblem(undefined);
    setSaved(false);
    try {
      const next = buildNarrative({ period, author, texts, now: new Date(), ...(stored ? { base: stored } : {}) });
      onSaved(await saveNarrative(gateway, next, stored));
      setSaved(true);
    } catch (err) {
      setProblem(
        isFhirError(err) && err.kind === 'conflict'
          ? {
              title: 'Someone else saved this narrative first',
              message:
                'The narrative was changed since you opened it, so your save was not applied. Your text is still here: copy what you need, reload the page to see the latest version, and add your changes again.',
            }
          : { title: 'The narrative was not saved', message: plainError(err) },
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ErrorSummary errors={shownErrors} />
      {stored?.meta?.versionId && (
        <p className="nhsuk-body" data-testid="narrative-version">
          Version {stored.meta.versionId}
          {stored.meta.lastUpdated ? `, saved ${dateTimeInText(stored.meta.lastUpdated)}` : ''}. Each save keeps the
          earlier versions in the record.
        </p>
      )}
      {NARRATIVE_SECTIONS.map((s) => {
        const error = shownErrors.find((e) => e.href === `#narrative-${s}`);
        return (
          <div key={s} className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
            <label className="nhsuk-label nhsuk-label--s" htmlFor={`narrative-${s}`}>
              {sectionTitle(s)}
            </label>
            <div className="nhsuk-hint" id={`narrative-${s}-hint`}>
              {HINTS[s]} Plain text; leave a blank line between paragraphs.
            </div>
            {error && <ErrorMessage id={`narrative-${s}-error`}>{error.message}</ErrorMessage>}
            <textarea
              className="nhsuk-textarea"
              id={`narrative-${s}`}
              rows={5}
              value={texts[s] ?? ''}
              aria-describedby={`narrative-${s}-hint${error ? ` narrative-${s}-error` : ''}`}
              onChange={(e) => {
                setTexts({ ...texts, [s]: e.target.value });
                setSaved(false);
              }}
            />
          </div>
        );
      })}
      {problem && <Problem title={problem.title} message={problem.message} />}
      {saved && (
        <div className="nhsuk-inset-text" role="status" data-testid="narrative-saved">
          <p>The narrative is saved.</p>
        </div>
      )}
      <Button type="submit" busy={saving} testId="save-narrative">
        {saving ? 'Saving…' : 'Save narrative'}
      </Button>
    </form>
  );
}
