import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SandboxOptions } from '../config';
import { readBody, sendJson, sendOperationOutcome } from '../http/respond';
import type { Handler } from '../types';
import { faultRuleSchema, takeMatchingRule, type ActiveRule } from './rules';

export interface Faults {
  /** Serves POST/GET/DELETE /__test/faults in test mode; otherwise handles nothing (→ 404). */
  handler: Handler;
  /** Wraps a FHIR request: delay, fail without executing, or execute and drop the response. */
  around(req: IncomingMessage, res: ServerResponse, url: URL, next: () => Promise<void>): Promise<void>;
}

const FAULTS_PATH = '/__test/faults';

export function createFaults(options: SandboxOptions): Faults {
  const rules: ActiveRule[] = [];
  // Faulted requests (delayed or dropped) still being executed: a test waits for 0, never for a fixed time.
  let inFlight = 0;
  const listing = (): { rules: unknown[]; inFlight: number } => ({
    rules: rules.map((r) => ({ ...r.rule, remaining: r.remaining })),
    inFlight,
  });

  const handler: Handler = async (req, res, url) => {
    if (!options.testMode || url.pathname !== FAULTS_PATH) {
      return false;
    }
    if (req.method === 'DELETE') {
      rules.length = 0;
      res.statusCode = 204;
      res.end();
    } else if (req.method === 'POST') {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        body = undefined;
      }
      const parsed = faultRuleSchema.safeParse(body);
      if (!parsed.success) {
        sendOperationOutcome(res, 400, 'invalid', `Invalid fault rule: ${parsed.error.message}`);
        return true;
      }
      rules.push({ rule: parsed.data, remaining: parsed.data.times ?? 1 });
      sendJson(res, 201, listing(), 'application/json');
    } else if (req.method === 'GET') {
      sendJson(res, 200, listing(), 'application/json');
    } else {
      sendOperationOutcome(res, 405, 'not-supported', 'Use GET, POST or DELETE');
    }
    return true;
  };

  async function around(req: IncomingMessage, res: ServerResponse, url: URL, next: () => Promise<void>): Promise<void> {
    const rule = options.testMode ? takeMatchingRule(rules, req.method ?? 'GET', url.pathname) : undefined;
    if (!rule) {
      return next();
    }
    if (rule.kind === 'error') {
      sendOperationOutcome(res, rule.status ?? 503, 'transient', 'Injected fault: the request was not executed');
      return;
    }
    inFlight += 1;
    try {
      if (rule.kind === 'delay') {
        await sleep(rule.delayMs ?? 1000);
        await next();
        return;
      }
      // drop: execute (and commit), then cut the connection without sending the response.
      res.writeHead = () => res;
      res.write = () => true;
      res.end = () => res;
      try {
        await next();
      } finally {
        req.socket.destroy();
      }
    } finally {
      inFlight -= 1;
    }
  }

  return { handler, around };
}
