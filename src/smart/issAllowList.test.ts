import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_ISS } from '../config/app';
import { issAllowed, launchServer } from './issAllowList';

describe('the iss allow-list', () => {
  const list = ['https://fhir.example.nhs.uk/r4', 'http://127.0.0.1:*/fhir'];

  it('allows a configured server exactly, with or without a trailing slash', () => {
    expect(issAllowed('https://fhir.example.nhs.uk/r4', list)).toBe(true);
    expect(issAllowed('https://fhir.example.nhs.uk/r4/', list)).toBe(true);
  });

  it('refuses look-alikes: another host, path, scheme, port, a query or credentials', () => {
    for (const iss of [
      'http://evil.example',
      'https://fhir.example.nhs.uk.evil.example/r4',
      'https://fhir.example.nhs.uk/r4/../other',
      'https://fhir.example.nhs.uk/r4x',
      'http://fhir.example.nhs.uk/r4',
      'https://fhir.example.nhs.uk:8443/r4',
      'https://fhir.example.nhs.uk/r4?x=1',
      'https://user:pw@fhir.example.nhs.uk/r4',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(issAllowed(iss, list), iss).toBe(false);
    }
  });

  it('the local sandbox on any port (dev and tests), only on loopback and only at /fhir', () => {
    expect(issAllowed('http://127.0.0.1:4010/fhir', DEFAULT_ALLOWED_ISS)).toBe(true);
    expect(issAllowed('http://localhost:39999/fhir', DEFAULT_ALLOWED_ISS)).toBe(true);
    expect(issAllowed('http://127.0.0.1:4010/other', DEFAULT_ALLOWED_ISS)).toBe(false);
    expect(issAllowed('http://127.0.0.2:4010/fhir', DEFAULT_ALLOWED_ISS)).toBe(false);
  });

  it('reads the server a launch names', () => {
    expect(launchServer(new URL('http://app/launch.html?iss=https%3A%2F%2Fa.example%2Ffhir&launch=x'))).toBe(
      'https://a.example/fhir',
    );
    expect(launchServer(new URL('http://app/launch.html'))).toBeUndefined();
  });
});
