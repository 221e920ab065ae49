import { errorMessage } from '../errors.js';
import { verifyUnsubscribeToken } from '../messages/unsubscribe-token.js';
import { silentLog, systemClock, type Clock, type Log, type ObjectStore } from '../ports.js';
import { addSuppression, addressHash } from '../suppressions.js';
import { parseFormBody } from './form-body.js';
import { confirmationPage, invalidLinkPage, methodNotAllowedPage, unsubscribedPage } from './unsubscribe-page.js';

/**
 * The unsubscribe endpoint, independent of how HTTP reaches it (Lambda
 * function URL, a local server):
 * - GET with a valid token shows a confirmation page; it never unsubscribes,
 *   because mail security scanners follow every link in a message.
 * - POST with a valid token records the suppression: the RFC 8058 one-click
 *   body (`List-Unsubscribe=One-Click`) from a mail client, or the page's form.
 *   Repeating it answers the same and keeps the first record.
 * - A missing, malformed or forged token answers 400 and changes nothing.
 */

export interface UnsubscribeRequest {
  method: string;
  /** Query parameters, already URL-decoded. */
  query: Readonly<Record<string, string | undefined>>;
  contentType?: string;
  /** The request body as text (already base64-decoded by the caller). */
  body: string;
}

export type UnsubscribeOutcome = 'confirmation-shown' | 'unsubscribed' | 'already-unsubscribed' | 'invalid-token' | 'method-not-allowed';

export interface UnsubscribeResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  outcome: UnsubscribeOutcome;
}

export interface UnsubscribeDependencies {
  store: ObjectStore;
  /** The HMAC secret that signed the tokens. */
  secret: string;
  /** Tokens for another list are refused even when correctly signed. */
  listId: string;
  listName: string;
  language: string;
  clock?: Clock;
  log?: Log;
}

const ONE_CLICK_FIELD = 'List-Unsubscribe';
const ONE_CLICK_VALUE = 'One-Click';

/** Headers of every page the public endpoints (unsubscribe, sign-up) answer with. */
export const HTML_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  // The URL carries the token: no caching, and no Referer to whatever the page might link to.
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  // No scripts, no framing (a framed button invites clickjacking), forms only back to us.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
};

export async function handleUnsubscribeRequest(
  deps: UnsubscribeDependencies,
  request: UnsubscribeRequest,
): Promise<UnsubscribeResponse> {
  const log = deps.log ?? silentLog;
  const context = { listName: deps.listName, language: deps.language };
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'POST') {
    return respond(405, methodNotAllowedPage(context), 'method-not-allowed', { allow: 'GET, POST' });
  }

  const form = method === 'POST' ? parseFormBody(request.contentType, request.body) : new Map<string, string>();
  // The List-Unsubscribe URL carries the token in its query; the page's form repeats it in the body.
  const token = request.query.token ?? form.get('token');
  const claim = token ? verifyUnsubscribeToken(deps.secret, token) : null;
  if (!token || !claim || claim.listId !== deps.listId) {
    log.warn('Unsubscribe refused: invalid token', {
      method,
      reason: !token ? 'missing' : !claim ? 'malformed or forged' : 'other list',
    });
    return respond(400, invalidLinkPage(context), 'invalid-token');
  }

  if (method === 'GET') return respond(200, confirmationPage(context, claim.email, token), 'confirmation-shown');

  const oneClick = form.get(ONE_CLICK_FIELD) === ONE_CLICK_VALUE;
  const source = oneClick ? 'one-click' : 'form';
  let added: boolean;
  try {
    added = await addSuppression(deps.store, {
      email: claim.email,
      reason: 'unsubscribed',
      at: new Date((deps.clock ?? systemClock).now()).toISOString(),
      source,
    });
  } catch (error) {
    // Let the platform answer 5xx: the mail client or the person will try again, and the write is idempotent.
    log.error('Unsubscribe could not be recorded', { addressHash: addressHash(claim.email), source, error: errorMessage(error) });
    throw error;
  }
  // Addresses stay out of logs; the hash is enough to find the suppression record.
  log.info(added ? 'Unsubscribed' : 'Already unsubscribed', { addressHash: addressHash(claim.email), source });
  return respond(200, unsubscribedPage(context), added ? 'unsubscribed' : 'already-unsubscribed');
}

function respond(statusCode: number, body: string, outcome: UnsubscribeOutcome, extraHeaders: Record<string, string> = {}): UnsubscribeResponse {
  return { statusCode, headers: { ...HTML_HEADERS, ...extraHeaders }, body, outcome };
}
