import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OperationOutcome } from '@medplum/fhirtypes';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/fhir+json',
): void {
  sendJsonText(res, status, JSON.stringify(body), contentType);
}

/** JSON already serialised (a large answer built once, such as the CapabilityStatement). */
export function sendJsonText(
  res: ServerResponse,
  status: number,
  text: string,
  contentType = 'application/fhir+json',
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', `${contentType}; charset=utf-8`);
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

export function operationOutcome(
  severity: 'error' | 'warning' | 'information',
  code: string,
  diagnostics: string,
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity, code: code as 'processing', diagnostics, details: { text: diagnostics } }],
  };
}

export function sendOperationOutcome(res: ServerResponse, status: number, code: string, diagnostics: string): void {
  sendJson(res, status, operationOutcome('error', code, diagnostics));
}

/** Reads a request body as text, refusing bodies over `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 20 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      throw Object.assign(new Error('Request body too large'), { status: 413 });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
