/**
 * What the EHR granted, compared with what HJP Link asked for (src/smart/scopes.ts). An EHR may
 * grant less than asked (SMART App Launch: the token response's `scope` is what was granted), so
 * the app says at launch what the user can and cannot do rather than failing at the first write.
 */
import type { LaunchProfile } from './scopes';

type Letter = 'c' | 'r' | 'u' | 'd' | 's';
const V1: Readonly<Record<string, string>> = { read: 'rs', write: 'cud', '*': 'cruds' };
const RESOURCE_SCOPE = /^(patient|user|system)\/(\*|[A-Za-z]+)\.([a-z*]+)$/;

interface Parsed {
  level: string;
  type: string;
  letters: Set<Letter>;
}

function parse(scope: string): Parsed | undefined {
  const match = RESOURCE_SCOPE.exec(scope.split('?')[0] ?? '');
  if (!match) {
    return undefined;
  }
  const [, level = '', type = '', permissions = ''] = match;
  const letters = V1[permissions] ?? permissions;
  const all: readonly Letter[] = ['c', 'r', 'u', 'd', 's'];
  return { level, type, letters: new Set(all.filter((l) => letters.includes(l))) };
}

/** Does the granted scope string give everything one requested resource scope asks for? */
export function isGranted(requested: string, granted: readonly string[]): boolean {
  const want = parse(requested);
  if (!want) {
    return granted.includes(requested);
  }
  const have = new Set<Letter>();
  for (const scope of granted) {
    const g = parse(scope);
    if (g && g.level === want.level && (g.type === '*' || g.type === want.type)) {
      g.letters.forEach((l) => have.add(l));
    }
  }
  return [...want.letters].every((l) => have.has(l));
}

/** The requested resource scopes the grant does not cover (launch context and identity flags are not compared). */
export function missingScopes(requested: readonly string[], grantedScope: string | undefined): string[] {
  if (grantedScope === undefined) {
    return [];
  }
  const granted = grantedScope.split(/\s+/).filter(Boolean);
  return requested.filter((s) => parse(s) !== undefined && !isGranted(s, granted));
}

/** What a user of each kind cannot do without some of the scopes, in plain words (no scope strings on screen). */
export interface ScopeLimits {
  /** The clinician may send referrals (record screening, consent and the referral). */
  canRefer: boolean;
  /** Sentences: "You can X but not Y: your EHR did not grant …". */
  sentences: string[];
}

interface Ability {
  id: string;
  /** Scopes this ability needs (one letter each is enough to lose it). */
  needs: readonly string[];
  sentence: string;
}

const ABILITIES: Readonly<Record<LaunchProfile, readonly Ability[]>> = {
  clinician: [
    {
      id: 'refer',
      needs: [
        'patient/ServiceRequest.c',
        'patient/Task.c',
        'patient/QuestionnaireResponse.c',
        'patient/Consent.c',
        'patient/Provenance.c',
      ],
      sentence:
        'You can view referrals but not send them: your EHR did not grant HJP Link permission to record screening answers, consent decisions and referrals.',
    },
    {
      id: 'message',
      needs: ['patient/Communication.c'],
      sentence:
        'You can read messages from the advice service but not reply or send medical evidence: your EHR did not grant HJP Link permission to send messages.',
    },
    {
      id: 'change',
      needs: ['patient/Task.u', 'patient/ServiceRequest.u'],
      sentence:
        'You cannot cancel a referral or answer an evidence request: your EHR did not grant HJP Link permission to change referrals.',
    },
  ],
  adviser: [
    {
      id: 'change',
      needs: ['user/Task.u'],
      sentence:
        'You can view cases but not accept, update or close them: your EHR did not grant HJP Link permission to change cases.',
    },
    {
      id: 'message',
      needs: ['user/Communication.c'],
      sentence: 'You can read messages but not send them: your EHR did not grant HJP Link permission to send messages.',
    },
    {
      id: 'evidence',
      needs: ['user/Task.c'],
      sentence: 'You cannot ask for medical evidence: your EHR did not grant HJP Link permission to create requests.',
    },
  ],
  lead: [],
  // The practice worklist is read-only but for marking a message read.
  practice: [
    {
      id: 'mark-read',
      needs: ['user/Communication.u'],
      sentence:
        'New messages stay marked as new after you read them: your EHR did not grant HJP Link permission to record that you have read them.',
    },
  ],
};

/**
 * What the grant takes away from this profile's screens: an ability is lost when a scope it needs
 * was asked for (src/smart/scopes.ts) but not granted. Undefined `grantedScope` (the server sent
 * none) takes nothing away: the calls themselves will say what fails.
 */
export function scopeLimits(
  profile: LaunchProfile,
  requested: readonly string[],
  grantedScope: string | undefined,
): ScopeLimits {
  if (grantedScope === undefined) {
    return { canRefer: true, sentences: [] };
  }
  const granted = grantedScope.split(/\s+/).filter(Boolean);
  const lost = ABILITIES[profile].filter((a) =>
    a.needs.some((need) => isGranted(need, requested) && !isGranted(need, granted)),
  );
  return { canRefer: !lost.some((a) => a.id === 'refer'), sentences: lost.map((a) => a.sentence) };
}
