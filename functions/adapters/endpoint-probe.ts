import { DigestError, errorMessage } from '../core/errors.js';

/** The endpoint did not answer at all: DNS, connection, TLS or the time limit. */
export class EndpointProbeError extends DigestError {}

export interface ProbeAnswer {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
}

/**
 * One GET to a public endpoint, the way a reader's browser or mail client
 * reaches it, bounded in time. Redirects are not followed (the digest's
 * endpoints never redirect) and the body is discarded: the status and headers
 * say whose handler answered.
 */
export async function probeEndpoint(url: string, timeoutMs: number): Promise<ProbeAnswer> {
  try {
    const response = await fetch(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'text/html' } });
    await response.body?.cancel();
    return { status: response.status, headers: Object.fromEntries(response.headers) };
  } catch (error) {
    const timedOut = (error as { name?: string }).name === 'TimeoutError';
    const reason = timedOut ? `no answer within ${timeoutMs / 1000} s` : errorMessage((error as { cause?: unknown }).cause ?? error);
    throw new EndpointProbeError(`GET ${url}: ${reason}`, { cause: error });
  }
}
