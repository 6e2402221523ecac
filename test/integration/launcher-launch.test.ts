import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

const launcher = (query: Record<string, string>, path = '/launcher'): Promise<Response> =>
  fetch(`${sandbox.urls.origin}${path}?${new URLSearchParams(query).toString()}`, { redirect: 'manual' });

interface Context {
  patients: { id: string; name: string }[];
  users: { id: string; name: string; role: string }[];
}

describe('GET /launcher', () => {
  it('answers 302 to launch_uri with iss = the FHIR base and an opaque launch, keeping the launch_uri query', async () => {
    const res = await launcher({
      launch_uri: 'http://localhost:5173/launch.html?x=1',
      provider: 'gp',
      patient: 'pat-001',
    });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe('http://localhost:5173/launch.html');
    expect(location.searchParams.get('x')).toBe('1');
    expect(location.searchParams.get('iss')).toBe(sandbox.urls.fhirBase);
    expect(location.searchParams.get('launch')).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('launches an adviser without a patient, with HJP Link’s adviser launch profile by default', async () => {
    const res = await launcher({ launch_uri: 'http://127.0.0.1:5173/launch.html', provider: 'adviser' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('profile')).toBe('adviser');
    const lead = new URL(
      (await launcher({ launch_uri: 'http://127.0.0.1:5173/launch.html', provider: 'lead' })).headers.get('location')!,
    );
    expect(lead.searchParams.get('profile')).toBe('lead');
    const gp = new URL(
      (
        await launcher({ launch_uri: 'http://127.0.0.1:5173/launch.html', provider: 'gp', patient: 'pat-001' })
      ).headers.get('location')!,
    );
    expect(gp.searchParams.has('profile')).toBe(false);
  });

  it('launches a clinician with no patient open into the practice worklist (profile=practice) by default', async () => {
    const at = async (query: Record<string, string>): Promise<URL> =>
      new URL((await launcher({ launch_uri: 'http://127.0.0.1:5173/launch.html', ...query })).headers.get('location')!);
    expect((await at({ provider: 'gp' })).searchParams.get('profile')).toBe('practice');
    expect((await at({ provider: 'ward-nurse' })).searchParams.get('profile')).toBe('practice');
    expect((await at({ provider: 'ward-nurse', patient: 'pat-002' })).searchParams.has('profile')).toBe(false);
  });

  it.each([
    [{ launch_uri: 'https://app.example.org/launch.html', provider: 'gp' }, 'launch_uri'],
    [{ launch_uri: 'http://127.0.0.1:5173/launch.html', provider: 'nobody' }, 'nobody'],
    [{ launch_uri: 'http://127.0.0.1:5173/launch.html', provider: 'gp', patient: 'pat-999' }, 'pat-999'],
    [
      {
        launch_uri: 'http://127.0.0.1:5173/launch.html',
        provider: 'gp',
        patient: 'pat-001',
        encounter: 'enc-ward-001',
      },
      'enc-ward-001',
    ],
    [{ launch_uri: 'http://127.0.0.1:5173/launch.html' }, 'provider'],
  ])('answers 400 with a plain message for %j', async (query, word) => {
    const res = await launcher(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(await res.text()).toContain(word);
  });
});

describe('GET /launcher/context', () => {
  it('lists patients and users with their roles from the store', async () => {
    const res = await fetch(`${sandbox.urls.origin}/launcher/context`);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as Context;
    expect(Object.keys(body).sort()).toEqual(['patients', 'users']);
    const roles = Object.fromEntries(body.users.map((u) => [u.id, u.role]));
    expect(roles).toMatchObject({
      gp: 'gp',
      'ward-nurse': 'ward-nurse',
      adviser: 'adviser',
      'adviser-2': 'adviser',
      lead: 'lead',
    });
    for (const user of body.users) {
      expect(Object.keys(user).sort()).toEqual(['id', 'name', 'role']);
      expect(user.name).not.toBe('');
    }
    expect(body.patients.map((p) => p.id)).toEqual(expect.arrayContaining(['pat-001', 'pat-008']));
    for (const patient of body.patients) {
      expect(Object.keys(patient).sort()).toEqual(['id', 'name']);
      expect(patient.name).toMatch(/^\S.* [A-Z'-]+$/);
    }
  });
});

describe('launcher pages', () => {
  it('serves an accessible picker page without external assets', async () => {
    const res = await fetch(`${sandbox.urls.origin}/launcher/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="en-GB">');
    for (const id of ['provider', 'patient', 'encounter', 'launch_uri']) {
      expect(html).toContain(`<label for="${id}">`);
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('value="http://127.0.0.1:5173/launch.html"');
    expect(html).toContain('value="pat-001"');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('frames the app under an EHR header showing the chosen patient, with an unsandboxed iframe', async () => {
    const query = { launch_uri: 'http://127.0.0.1:5173/launch.html', provider: 'gp', patient: 'pat-001' };
    const res = await launcher(query, '/launcher/ehr');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<iframe [^>]*src="\/launcher\?[^"]*provider=gp/);
    expect(html).not.toMatch(/<iframe [^>]*sandbox/);
    const context = (await (await fetch(`${sandbox.urls.origin}/launcher/context`)).json()) as Context;
    const name = context.patients.find((p) => p.id === 'pat-001')!.name;
    expect(html).toContain(name.replace(/'/g, '&#39;'));
  });
});
