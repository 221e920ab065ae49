import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DigestError, errorMessage } from '../core/errors.js';
import type { Log } from '../core/ports.js';
import { silentLog } from '../core/ports.js';
import { withColorScheme } from '../core/preview/color-scheme.js';
import { PREVIEW_CSS, PREVIEW_JS, previewShell } from '../core/preview/preview-page.js';
import type { PreviewSession, PreviewSnapshot } from '../core/preview/preview-session.js';
import type { SignupRequest, SignupResponse } from '../core/subscribers/signup-http.js';

/**
 * The preview's HTTP server (node:http, bound to 127.0.0.1 only). It serves
 * the page, the personalised email, the state as JSON, and a server-sent
 * event stream that tells the page to reload after each rebuild.
 *
 * Another site open in the editor's browser must not drive it: requests must
 * name this server as their Host (DNS rebinding), and the one state-changing
 * request, "Send a test", needs the page's random token in a header, which a
 * cross-origin page can neither read nor send without a CORS preflight.
 */

export interface PreviewServerOptions {
  session: PreviewSession;
  /** 0 picks a free port. */
  port: number;
  /** The From line an inbox shows. */
  from: string;
  log?: Log;
  /** The sign-up endpoint under `/subscribe/`, with the form on the page; absent: no form. */
  signup?: PreviewSignupRoute;
}

export interface PreviewSignupRoute {
  handle(request: SignupRequest): Promise<SignupResponse>;
  /** Where the confirmation emails are written, shown on the page. */
  outbox: string;
  /** The public sign-up URL for the ready-to-paste form, when configured. */
  publicUrl?: string;
}

/** The sign-up route's prefix; the core routes on the last path segment (`confirm`, `resend`). */
const SIGNUP_PREFIX = '/subscribe';
/** A sign-up form body is a few hundred bytes. */
const MAX_SIGNUP_BODY = 64 * 1024;

export interface RunningPreview {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** How many subscribers the page's picker lists; any address on the list can be asked for by URL. */
const PICKER_LIMIT = 500;

const PAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export async function startPreviewServer(options: PreviewServerOptions): Promise<RunningPreview> {
  const { session } = options;
  const log = options.log ?? silentLog;
  const token = randomBytes(18).toString('base64url');
  const streams = new Set<ServerResponse>();
  let allowedHosts: Set<string> = new Set();

  const unsubscribe = session.onChange((snapshot) => {
    for (const stream of streams) stream.write(`event: reload\ndata: ${JSON.stringify({ version: snapshot.version, error: snapshot.error?.message ?? null })}\n\n`);
  });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log.error('preview request failed', { url: request.url, error: errorMessage(error) });
      if (!response.headersSent) sendJson(response, 500, { error: errorMessage(error) });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      sendText(response, 421, 'text/plain', 'This preview answers only on 127.0.0.1 or localhost.\n');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://preview.invalid');
    const route = `${request.method} ${url.pathname}`;
    if (options.signup && (url.pathname === SIGNUP_PREFIX || url.pathname.startsWith(`${SIGNUP_PREFIX}/`))) {
      await serveSignup(options.signup, request, response, url);
      return;
    }
    switch (route) {
      case 'GET /': {
        const signup = options.signup
          ? { action: `${SIGNUP_PREFIX}/`, publicUrl: options.signup.publicUrl ?? 'https://YOUR-SIGNUP-URL/', outbox: options.signup.outbox }
          : undefined;
        sendText(response, 200, 'text/html; charset=utf-8', previewShell(token, signup), {
          // The form's post must carry this page's Origin (under no-referrer browsers send `Origin: null`, which the sign-up refuses).
          ...(signup ? { 'referrer-policy': 'same-origin' } : {}),
          'content-security-policy': `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self'; base-uri 'none'; form-action ${signup ? "'self'" : "'none'"}; frame-ancestors 'none'`,
        });
        return;
      }
      case 'GET /preview.css':
        sendText(response, 200, 'text/css; charset=utf-8', PREVIEW_CSS);
        return;
      case 'GET /preview.js':
        sendText(response, 200, 'text/javascript; charset=utf-8', PREVIEW_JS);
        return;
      case 'GET /api/state':
        sendJson(response, 200, stateOf(session, session.snapshot, url.searchParams.get('subscriber') ?? undefined, options.from));
        return;
      case 'GET /email.html': {
        const email = session.personalised(url.searchParams.get('subscriber') ?? undefined);
        const scheme = url.searchParams.get('scheme') === 'dark' ? 'dark' : 'light';
        const html = email ? withColorScheme(email.html, scheme) : errorPage(session.snapshot);
        // The email runs no script; its images and fonts may come from anywhere, as in a mail client.
        sendText(response, 200, 'text/html; charset=utf-8', html, {
          'content-security-policy': "default-src 'none'; img-src * data:; style-src 'unsafe-inline' *; font-src * data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
        });
        return;
      }
      case 'GET /email.txt': {
        const email = session.personalised(url.searchParams.get('subscriber') ?? undefined);
        sendText(response, email ? 200 : 503, 'text/plain; charset=utf-8', email ? email.text : `${session.snapshot.error?.message ?? 'not rendered yet'}\n`);
        return;
      }
      case 'GET /events':
        response.writeHead(200, { ...PAGE_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
        response.write(`retry: 1000\nevent: hello\ndata: ${JSON.stringify({ version: session.snapshot.version })}\n\n`);
        streams.add(response);
        request.on('close', () => streams.delete(response));
        return;
      case 'POST /api/send-test':
      case 'POST /api/refresh': {
        if (request.headers['x-preview-token'] !== token) {
          sendJson(response, 403, { error: 'This request did not come from the preview page.' });
          return;
        }
        request.resume();
        if (route === 'POST /api/refresh') {
          const snapshot = await session.rebuild();
          sendJson(response, 200, { version: snapshot.version, error: snapshot.error });
          return;
        }
        try {
          const result = await session.sendTest();
          log.info('preview test sent', { sent: result.sent.length, failed: result.failed.length, transport: result.transport });
          sendJson(response, result.sent.length > 0 ? 200 : 502, result.sent.length > 0 ? result : { ...result, error: result.failed.map((f) => `${f.recipient}: ${f.reason}`).join('; ') });
        } catch (error) {
          sendJson(response, error instanceof DigestError ? 409 : 500, { error: errorMessage(error) });
        }
        return;
      }
      default:
        sendText(response, 404, 'text/plain', 'Not found\n');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  // A heartbeat keeps idle event streams open through anything that times them out.
  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: async () => {
      clearInterval(heartbeat);
      unsubscribe();
      for (const stream of streams) stream.end();
      streams.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}

/** The local sign-up endpoint: the same HTTP core as the Lambda function, over node:http. */
async function serveSignup(signup: PreviewSignupRoute, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const body = await readBody(request, MAX_SIGNUP_BODY);
  if (body === undefined) {
    sendText(response, 413, 'text/plain', 'Request too large\n');
    return;
  }
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const answer = await signup.handle({
    method: request.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body,
    sourceIp: request.socket.remoteAddress,
  });
  response.writeHead(answer.statusCode, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
  response.end(answer.body);
}

/** The body as UTF-8, or undefined past `limit` bytes (the rest is drained, not kept, so the answer still reaches the client). */
async function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? undefined : Buffer.concat(chunks).toString('utf8');
}

/** What the page needs; the email itself is fetched per iframe. */
function stateOf(session: PreviewSession, snapshot: PreviewSnapshot, subscriber: string | undefined, from: string) {
  const email = session.personalised(subscriber);
  const list = snapshot.subscribers?.valid ?? [];
  return {
    version: snapshot.version,
    builtAt: snapshot.builtAt,
    date: snapshot.date,
    error: snapshot.error,
    from,
    subject: snapshot.rendered?.subject ?? null,
    preheader: snapshot.rendered?.preheader ?? null,
    html: snapshot.rendered ? { bytes: snapshot.rendered.bytes, budgetBytes: snapshot.rendered.budgetBytes, trimmed: snapshot.rendered.trimmed } : null,
    text: email?.text ?? null,
    subscriber: email?.subscriber.email ?? null,
    sampleLabel: 'Sample reader <reader@example.com>',
    subscribers: list.slice(0, PICKER_LIMIT).map((s) => ({ email: s.email, name: s.name })),
    subscriberCount: list.length,
    report: snapshot.report,
    testRecipients: session.testRecipients,
    transport: session.transportName,
  };
}

function errorPage(snapshot: PreviewSnapshot): string {
  const message = snapshot.error ? `${snapshot.error.stage}: ${snapshot.error.name}: ${snapshot.error.message}` : 'Rendering…';
  const escaped = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html><body style="font:15px/1.5 system-ui,sans-serif;padding:1rem"><p><strong>This issue does not render.</strong></p><pre style="white-space:pre-wrap">${escaped}</pre></body></html>`;
}

function sendText(response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...PAGE_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  sendText(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
