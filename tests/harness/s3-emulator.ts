import { buildApp } from 'fauxqs';
import { keepIdleSocketsOpen } from './ses-emulator.js';

/**
 * fauxqs serves S3 (pagination, aws-chunked uploads) in-process, but ignores
 * `If-None-Match: *` on PUT. The hook below adds the conditional create that
 * real S3 has: 412 PreconditionFailed when the key exists, and 409
 * ConditionalRequestConflict while another conditional PUT to the same key is
 * still in flight (what S3 answers to concurrent conditional writes).
 */
export interface S3Emulator {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startS3Emulator(): Promise<S3Emulator> {
  const app = buildApp({ logger: false });
  const inFlight = new Set<string>();

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'PUT' || request.headers['if-none-match'] !== '*') return;
    const path = request.url.split('?')[0] ?? request.url;
    // Claimed synchronously, before any await, so two concurrent PUTs cannot both pass.
    if (inFlight.has(path)) {
      return sendS3Error(reply, 409, 'ConditionalRequestConflict', 'A conflicting conditional operation is currently in progress against this resource.');
    }
    inFlight.add(path);
    // Released when this PUT's response is done, whatever its outcome.
    reply.raw.once('close', () => inFlight.delete(path));
    const head = await app.inject({ method: 'HEAD', url: path, headers: { authorization: request.headers.authorization ?? '' } });
    if (head.statusCode === 200) {
      return sendS3Error(reply, 412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
    }
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  keepIdleSocketsOpen(app.server);
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('fauxqs did not report a TCP address');
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () => app.close(),
  };
}

function sendS3Error(reply: { code(status: number): unknown; header(name: string, value: string): unknown; send(body: string): unknown }, status: number, code: string, message: string) {
  reply.code(status);
  reply.header('content-type', 'application/xml');
  return reply.send(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}
