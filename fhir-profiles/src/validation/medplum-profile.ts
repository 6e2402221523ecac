import type { ElementDefinition, StructureDefinition } from '@medplum/fhirtypes';

/**
 * Medplum matches extension slices by a fixed `url` child element, which SUSHI's snapshots
 * leave out (the url is implied by the slice's type profile). Returns a copy of the profile
 * with `<slice>.url` (fixedUri = the extension's url) after each such extension slice, so
 * Medplum can count the slices. In memory only; the compiled package is not changed.
 */
export function withExtensionSliceUrls(sd: StructureDefinition): StructureDefinition {
  const elements = sd.snapshot?.element ?? [];
  const ids = new Set(elements.map((e) => e.id));
  const out: ElementDefinition[] = [];
  for (const el of elements) {
    out.push(el);
    const profile = el.type?.[0]?.profile?.[0];
    const isExtensionSlice = el.sliceName && /\.(extension|modifierExtension)$/.test(el.path) && profile;
    if (!isExtensionSlice || ids.has(`${String(el.id)}.url`)) {
      continue;
    }
    out.push({
      id: `${String(el.id)}.url`,
      path: `${el.path}.url`,
      min: 1,
      max: '1',
      base: { path: 'Extension.url', min: 1, max: '1' },
      type: [
        {
          code: 'http://hl7.org/fhirpath/System.String',
          extension: [
            { url: 'http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type', valueUrl: 'uri' },
          ],
        },
      ],
      fixedUri: profile,
    });
  }
  return { ...sd, snapshot: { ...sd.snapshot, element: out } };
}
