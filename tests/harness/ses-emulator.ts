import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import sesLocal from 'aws-ses-v2-local';
import { loopbackEndpoint } from './loopback-server.js';
import type { FaultKind, FaultRule, SendAttempt } from './ses-types.js';

/**
 * aws-ses-v2-local serves SES v1 SendRawEmail, but stores only parsed mail
 * (custom headers such as List-Unsubscribe are dropped) and cannot fail on
 * purpose. This wraps its request listener: every SendRawEmail is recorded
 * with its raw MIME, and matching fault rules answer with the errors real SES
 * gives (Throttling, daily quota, MessageRejected, 5xx) instead of the
 * emulator. Tests drive it over HTTP under `/_harness/` because they run in
 * other processes than this global setup.
 */
export interface SesEmulator {
  endpoint: string;
  stop(): Promise<void>;
}

const FAULT_RESPONSES: Record<FaultKind, { status: number; code: string; message: string; type: 'Sender' | 'Receiver' }> = {
  throttling: { status: 400, code: 'Throttling', message: 'Maximum sending rate exceeded.', type: 'Sender' },
  'daily-quota': { status: 400, code: 'Throttling', message: 'Daily message quota exceeded.', type: 'Sender' },
  rejected: { status: 400, code: 'MessageRejected', message: 'Address blacklisted.', type: 'Sender' },
  'access-denied': {
    status: 403,
    code: 'AccessDenied',
    message: 'User is not authorized to perform `ses:SendRawEmail` on resource `arn:aws:ses:us-east-1:123456789012:identity/example.com`',
    type: 'Sender',
  },
  'configuration-set-missing': { status: 400, code: 'ConfigurationSetDoesNotExist', message: 'Configuration set &lt;digest&gt; does not exist.', type: 'Sender' },
  'not-verified': {
    status: 400,
    code: 'MessageRejected',
    message: 'Email address is not verified. The following identities failed the check in region US-EAST-1: digest@example.com',
    type: 'Sender',
  },
  'server-error': { status: 503, code: 'ServiceUnavailable', message: 'Service is unavailable. Please try again later.', type: 'Receiver' },
};

export async function startSesEmulator(): Promise<SesEmulator> {
  // A CommonJS module with `exports.default`: Node's ESM loader hands over the
  // whole exports object, vitest's loader the function itself.
  const module = sesLocal as unknown as typeof sesLocal.default | typeof sesLocal;
  const start = typeof module === 'function' ? module : module.default;
  const server: Server = await start({ host: '127.0.0.1', port: 0 });
  const emulator = server.listeners('request')[0] as RequestListener | undefined;
  if (!emulator) throw new Error('aws-ses-v2-local registered no request listener');
  server.removeAllListeners('request');
  // Clients keep sockets alive across a test's pauses (a CLI child running for seconds); a server
  // closing an idle socket first makes the next request fail with "other side closed".
  server.keepAliveTimeout = 120_000;

  const attempts: SendAttempt[] = [];
  let rules: Array<FaultRule & { id: string }> = [];

  const matchRule = (destinations: string[], configurationSet: string | undefined) => {
    const lowered = destinations.map((address) => address.toLowerCase());
    const rule = rules.find(
      (candidate) =>
        (candidate.configurationSet === undefined || candidate.configurationSet === configurationSet) &&
        (candidate.recipients === undefined || candidate.recipients.some((r) => lowered.includes(r.toLowerCase()))),
    );
    if (!rule) return undefined;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) rules = rules.filter((candidate) => candidate !== rule);
    }
    return rule;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://harness');
    if (url.pathname.startsWith('/_harness/')) return control(req, res, url);

    const body = await readBody(req);
    const isForm = (req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded');
    const params = isForm ? Object.fromEntries(new URLSearchParams(body.toString('utf8'))) : {};
    // The body is consumed; body-parser sees a finished request and keeps this.
    (req as IncomingMessage & { body?: unknown }).body = params;

    if (params.Action === 'SendRawEmail' && req.headers.authorization) {
      const destinations = Object.keys(params)
        .filter((key) => /^Destinations\.member\.\d+$/.test(key))
        .map((key) => params[key] as string);
      const configurationSet = params.ConfigurationSetName;
      const attempt: SendAttempt = {
        at: Date.now(),
        destinations,
        configurationSet,
        rawBase64: params['RawMessage.Data'] ?? '',
        outcome: 'accepted',
      };
      attempts.push(attempt);
      const rule = matchRule(destinations, configurationSet);
      if (rule) {
        attempt.outcome = rule.kind;
        const fault = FAULT_RESPONSES[rule.kind];
        res.writeHead(fault.status, { 'content-type': 'text/xml' });
        res.end(
          `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>${fault.type}</Type><Code>${fault.code}</Code><Message>${fault.message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
        );
        return;
      }
      // Learn the emulator's MessageId from its answer, so tests can match ledgers to sends.
      const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
      res.end = ((...args: unknown[]) => {
        const chunk = args[0];
        const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
        const id = /<MessageId>([^<]+)<\/MessageId>/.exec(text)?.[1];
        if (id) attempt.messageId = id;
        else if (res.statusCode >= 400) attempt.outcome = 'emulator-error';
        return end(...args);
      }) as ServerResponse['end'];
    }
    emulator(req, res);
  };

  const control = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const configurationSet = url.searchParams.get('configurationSet') ?? undefined;
    const inScope = (value: { configurationSet?: string }) => configurationSet === undefined || value.configurationSet === configurationSet;
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (url.pathname === '/_harness/attempts' && req.method === 'GET') return json(200, attempts.filter(inScope));
    if (url.pathname === '/_harness/attempts' && req.method === 'DELETE') {
      for (let i = attempts.length - 1; i >= 0; i--) if (inScope(attempts[i]!)) attempts.splice(i, 1);
      return json(200, { ok: true });
    }
    if (url.pathname === '/_harness/faults' && req.method === 'POST') {
      const rule = JSON.parse((await readBody(req)).toString('utf8')) as FaultRule;
      if (!(rule.kind in FAULT_RESPONSES)) return json(400, { error: `unknown fault kind ${String(rule.kind)}` });
      const id = randomUUID();
      rules.push({ ...rule, id });
      return json(200, { id });
    }
    if (url.pathname === '/_harness/faults' && req.method === 'DELETE') {
      rules = rules.filter((rule) => !inScope(rule));
      return json(200, { ok: true });
    }
    return json(404, { error: `no harness route ${req.method} ${url.pathname}` });
  };

  keepIdleSocketsOpen(server);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`harness error: ${String(error)}`);
    });
  });

  return loopbackEndpoint(server, 'aws-ses-v2-local');
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Tests that run the CLI with `spawnSync` block their own event loop for tens of
 * seconds. Node's server closes an idle keep-alive socket after 5 s, and the
 * blocked client only learns of it when it reuses the socket: "other side
 * closed". Idle sockets stay open for the length of a test run instead.
 */
export function keepIdleSocketsOpen(server: Server): void {
  server.keepAliveTimeout = 10 * 60_000;
}
