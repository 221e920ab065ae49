import { errorMessage } from '../errors.js';
import { silentLog } from '../ports.js';
import { parseFormBody } from '../unsubscribe/form-body.js';
import { HTML_HEADERS } from '../unsubscribe/handle-unsubscribe-request.js';
import { SubscriberConflictError } from './subscriber-store.js';
import {
  confirmSubscription,
  inspectConfirmToken,
  requestSignup,
  resendConfirmation,
  SignupDeliveryError,
  type ConfirmOutcome,
  type SignupDependencies,
  type SignupOutcome,
} from './sign-up.js';
import * as pages from './signup-pages.js';

/**
 * The sign-up endpoint over HTTP, independent of how HTTP reaches it (a
 * Lambda function URL, the local preview server):
 *   GET  /            a minimal form (the README has one to paste into the site)
 *   POST /            sign up: a plain HTML form (urlencoded or multipart) or fetch with JSON
 *   GET  /confirm     the link in the email: a page with a button, changes nothing
 *   POST /confirm     the button: confirms
 *   POST /resend      an expired link's "send me a new one"
 * Browsers' cross-site posts are refused unless their Origin is configured;
 * fetch gets CORS headers for those origins only. A JSON request gets a JSON
 * answer, anything else an HTML page.
 */

export interface SignupRequest {
  method: string;
  path: string;
  /** Query parameters, already URL-decoded. */
  query: Readonly<Record<string, string | undefined>>;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
  sourceIp?: string;
}

export interface SignupResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  /** What happened, for logs and tests; never sent. */
  outcome: string;
}

export interface SignupHttpDependencies extends SignupDependencies {
  /** Origins whose pages may post here; empty: the site URL's origin. The endpoint's own origin is always allowed. */
  allowedOrigins: readonly string[];
}

const MAX_JSON_CHARS = 16 * 1024;
const HONEYPOT_FIELD = 'website';


const NEUTRAL_MESSAGE = 'Check your inbox: if the address can receive the list, an email with a confirmation link is on its way.';

export async function handleSignupRequest(deps: SignupHttpDependencies, request: SignupRequest): Promise<SignupResponse> {
  const log = deps.log ?? silentLog;
  const context = { listName: deps.settings.listName, language: deps.settings.language, siteUrl: deps.settings.siteUrl };
  const method = request.method.toUpperCase();
  const route = routeOf(request.path);
  const origin = request.headers.origin;
  const allowed = origin !== undefined && isAllowedOrigin(deps, request, origin);
  const cors: Record<string, string> = allowed ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' };
  const wantsJson = (request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json') || /application\/json/i.test(request.headers.accept ?? '');

  const html = (statusCode: number, body: string, outcome: string, extra: Record<string, string> = {}): SignupResponse => ({
    statusCode,
    headers: { ...HTML_HEADERS, ...cors, ...extra },
    body,
    outcome,
  });
  const answer = (statusCode: number, page: string, message: string, outcome: string, extra: Record<string, string> = {}): SignupResponse =>
    wantsJson
      ? { statusCode, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...cors, ...extra }, body: JSON.stringify(statusCode < 300 ? { ok: true, message } : { ok: false, error: message }), outcome }
      : html(statusCode, page, outcome, extra);

  if (method === 'OPTIONS') {
    if (!allowed) return { statusCode: 403, headers: { vary: 'Origin' }, body: '', outcome: 'preflight-refused' };
    return {
      statusCode: 204,
      headers: { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' },
      body: '',
      outcome: 'preflight',
    };
  }
  if (method === 'GET' && route === 'signup') return html(200, pages.signupFormPage(context), 'form-shown');
  if (method === 'GET' && route === 'confirm') {
    const token = request.query.token;
    const inspected = inspectConfirmToken(deps, token);
    if (inspected.kind === 'valid') return html(200, pages.confirmButtonPage(context, token!), 'confirm-page-shown');
    return confirmAnswer(inspected);
  }
  if (method !== 'POST' || route === 'unknown') {
    return answer(route === 'unknown' ? 404 : 405, pages.invalidConfirmLinkPage(context), 'Not found', route === 'unknown' ? 'not-found' : 'method-not-allowed', route === 'unknown' ? {} : { allow: route === 'signup' ? 'GET, POST, OPTIONS' : 'POST' });
  }
  // A browser says where a post comes from; refuse other sites' pages (list bombing from a stranger's form). Non-browser clients send no Origin.
  // Only the sign-up itself: confirm and resend carry the signed token, the authority there, and their
  // pages are served with `no-referrer`, under which browsers post `Origin: null`.
  if (route === 'signup' && origin !== undefined && !allowed) {
    log.warn('Sign-up refused: origin not allowed', { origin: origin.slice(0, 200) });
    return answer(403, pages.forbiddenOriginPage(context), 'This site may not post to the sign-up form', 'origin-refused');
  }

  const fields = readFields(request);
  try {
    if (route === 'signup') {
      const { email = '', name, source, [HONEYPOT_FIELD]: honeypot } = Object.fromEntries(fields) as Record<string, string | undefined>;
      const outcome = await requestSignup(deps, {
        email,
        ...(name !== undefined ? { name } : {}),
        fields,
        honeypot: honeypot ?? '',
        from: source || origin || request.headers.referer,
        ...(request.sourceIp ? { ip: request.sourceIp } : {}),
      });
      return signupAnswer(outcome);
    }
    if (route === 'confirm') return confirmAnswer(await confirmSubscription(deps, request.query.token ?? fields.get('token'), request.sourceIp));
    const resent = await resendConfirmation(deps, request.query.token ?? fields.get('token'), request.sourceIp);
    return isSignupOutcome(resent) ? signupAnswer(resent) : confirmAnswer(resent);
  } catch (error) {
    if (error instanceof SignupDeliveryError || error instanceof SubscriberConflictError) {
      return answer(503, pages.unavailablePage(context), 'Please try again in a few minutes', 'unavailable', { 'retry-after': '60' });
    }
    log.error('Sign-up endpoint failed', { route, error: errorMessage(error) });
    throw error;
  }

  function signupAnswer(outcome: SignupOutcome): SignupResponse {
    if (outcome.kind === 'invalid') return answer(400, pages.invalidAddressPage(context, outcome.message), outcome.message, 'invalid-address');
    if (outcome.kind === 'rate-limited') {
      return answer(429, pages.tooManyRequestsPage(context), 'Too many attempts: please wait a minute', 'rate-limited', { 'retry-after': String(outcome.retryAfterSeconds) });
    }
    return answer(200, pages.checkInboxPage(context), NEUTRAL_MESSAGE, outcome.action);
  }

  function confirmAnswer(outcome: ConfirmOutcome): SignupResponse {
    switch (outcome.kind) {
      case 'confirmed':
      case 'already-confirmed':
        return answer(200, pages.confirmedPage(context), 'You are subscribed', outcome.kind);
      case 'expired':
        return answer(400, pages.expiredLinkPage(context, outcome.token), 'This link has expired', 'expired');
      case 'blocked':
        return answer(409, pages.blockedPage(context), 'This address cannot be subscribed from here', 'blocked');
      case 'invalid':
        return answer(400, pages.invalidConfirmLinkPage(context), 'This link is not valid', `invalid-token:${outcome.reason}`);
    }
  }
}

function isSignupOutcome(outcome: SignupOutcome | ConfirmOutcome): outcome is SignupOutcome {
  return outcome.kind === 'accepted' || outcome.kind === 'rate-limited' || (outcome.kind === 'invalid' && 'message' in outcome);
}

function routeOf(path: string): 'signup' | 'confirm' | 'resend' | 'unknown' {
  const last = path.replace(/\/+$/, '').split('/').pop() ?? '';
  if (last === 'confirm') return 'confirm';
  if (last === 'resend') return 'resend';
  // The endpoint may sit at the root of a function URL or below a path on the newsroom's domain.
  return /^[A-Za-z0-9_-]*$/.test(last) ? 'signup' : 'unknown';
}

function isAllowedOrigin(deps: SignupHttpDependencies, request: SignupRequest, origin: string): boolean {
  const own = [deps.settings.signupUrl, ...(request.headers.host ? [`https://${request.headers.host}`] : [])];
  const configured = deps.allowedOrigins.length > 0 ? deps.allowedOrigins : [deps.settings.siteUrl];
  return [...configured, ...own].some((candidate) => {
    try {
      return new URL(candidate).origin === origin;
    } catch {
      return false;
    }
  });
}

/** Form fields (urlencoded or multipart) or a flat JSON object of strings; anything else yields no fields. */
function readFields(request: SignupRequest): Map<string, string> {
  const type = (request.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json')) return parseFormBody(request.headers['content-type'], request.body);
  const fields = new Map<string, string>();
  if (request.body.length > MAX_JSON_CHARS) return fields;
  try {
    const value: unknown = JSON.parse(request.body);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fields;
    for (const [key, item] of Object.entries(value)) if (typeof item === 'string') fields.set(key, item);
  } catch {
    // Not JSON: no fields, so "the email address is empty".
  }
  return fields;
}
