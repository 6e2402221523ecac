import type { Bundle, Resource } from 'fhir/r4';
import { parseBundle, parseResource } from './boundary';
import { toQuery, type FhirGateway } from './gateway';

interface Queued {
  readonly url: string;
  readonly parse: (json: unknown) => unknown;
  readonly direct: () => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

/**
 * The gateway, with the reads and searches asked for in the same tick as its first one sent as one
 * FHIR `batch` (one request, one CORS preflight, instead of one of each per read): the redirect
 * page's first screen asks for five at once. Each caller gets its own entry's answer, checked as
 * the gateway checks a read or a search. An entry that is not a success, or a batch the server
 * refuses or cannot answer (a server without batch), is asked again on its own, so every
 * failure reaches its caller exactly as the plain gateway reports it. After that first batch,
 * reads and searches go straight to the gateway.
 */
export function batchedFirstReads(gateway: FhirGateway): FhirGateway {
  let queue: Queued[] | undefined = [];
  const flush = async (items: readonly Queued[]): Promise<void> => {
    const alone = (item: Queued): void => {
      item.direct().then(item.resolve, item.reject);
    };
    if (items.length < 2) {
      items.forEach(alone);
      return;
    }
    let answer: Bundle;
    try {
      answer = await gateway.transaction({
        resourceType: 'Bundle',
        type: 'batch',
        entry: items.map((item) => ({ request: { method: 'GET', url: item.url } })),
      });
    } catch {
      items.forEach(alone);
      return;
    }
    items.forEach((item, i) => {
      const entry = answer.entry?.[i];
      const ok = /^2\d\d/.test(entry?.response?.status ?? '');
      const parsed = ok ? item.parse(entry?.resource) : undefined;
      if (parsed === undefined) {
        alone(item);
      } else {
        item.resolve(parsed);
      }
    });
  };
  const enqueue = <T>(url: string, parse: (json: unknown) => T | undefined, direct: () => Promise<T>): Promise<T> => {
    const pending = queue;
    if (!pending) {
      return direct();
    }
    return new Promise<T>((resolve, reject) => {
      if (pending.length === 0) {
        queueMicrotask(() => {
          queue = undefined;
          void flush(pending);
        });
      }
      pending.push({ url, parse, direct, resolve: resolve as (value: unknown) => void, reject });
    });
  };
  return {
    ...gateway,
    read<T extends Resource>(type: T['resourceType'], id: string): Promise<T> {
      return enqueue(
        `${type}/${encodeURIComponent(id)}`,
        (json) => parseResource<T>(json, type),
        () => gateway.read<T>(type, id),
      );
    },
    search(type, params): Promise<Bundle> {
      return enqueue(`${type}?${toQuery(params)}`, parseBundle, () => gateway.search(type, params));
    },
  };
}
