import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP stand-in for the AWS APIs that have no emulator on npm
 * (CloudFormation, Step Functions, SES v1 GetSendQuota and friends, SES v2
 * GetAccount), on 127.0.0.1. The real SDK clients reach it through their
 * service-specific endpoint variables (AWS_ENDPOINT_URL_CLOUDFORMATION, …);
 * each test file answers by operation name, in the wire format of the
 * operation's protocol, with the helpers below.
 */

export interface StandInRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /**
   * The operation: the `Action` of a query-protocol call (CloudFormation, SES
   * v1), the `X-Amz-Target` of a JSON call (Step Functions, DynamoDB), else
   * `METHOD /path` (REST: SES v2, S3, plain HTTP).
   */
  operation: string;
  /** Query-protocol parameters (the form body). */
  params: URLSearchParams;
}

export interface StandInReply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface AwsStandIn {
  endpoint: string;
  /** Every request, in order; tests clear it when they look at what was called. */
  requests: StandInRequest[];
  stop(): Promise<void>;
}

export async function startAwsStandIn(answer: (request: StandInRequest) => StandInReply | Promise<StandInReply>): Promise<AwsStandIn> {
  const requests: StandInRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const form = /x-www-form-urlencoded/.test(req.headers['content-type'] ?? '');
      const params = new URLSearchParams(form ? body : '');
      const target = req.headers['x-amz-target'];
      const operation = params.get('Action') ?? (typeof target === 'string' ? target : `${req.method} ${(req.url ?? '/').split('?')[0]}`);
      const request: StandInRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body, operation, params };
      requests.push(request);
      Promise.resolve()
        .then(() => answer(request))
        .then(
          (reply) => {
            res.writeHead(reply.status, reply.headers);
            res.end(reply.body ?? '');
          },
          (error: unknown) => {
            res.writeHead(500, { 'content-type': 'text/plain' });
            res.end(String(error));
          },
        );
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Escapes text for an XML element. */
export function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const NAMESPACES: Record<string, string> = {
  cloudformation: 'http://cloudformation.amazonaws.com/doc/2010-05-15/',
  ses: 'http://ses.amazonaws.com/doc/2010-12-01/',
};

/** A query-protocol success: `<ActionResponse><ActionResult>…</ActionResult></ActionResponse>`. */
export function queryResult(service: 'cloudformation' | 'ses', action: string, resultXml: string): StandInReply {
  return {
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body: `<${action}Response xmlns="${NAMESPACES[service]}"><${action}Result>${resultXml}</${action}Result><ResponseMetadata><RequestId>stand-in</RequestId></ResponseMetadata></${action}Response>`,
  };
}

/** A query-protocol error, e.g. `queryError(403, 'AccessDenied', 'User … is not authorized to perform: ses:GetSendQuota')`. */
export function queryError(status: number, code: string, message: string): StandInReply {
  return {
    status,
    headers: { 'content-type': 'text/xml' },
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlText(message)}</Message></Error><RequestId>stand-in</RequestId></ErrorResponse>`,
  };
}

/** A REST-JSON answer (SES v2); an error sets `x-amzn-errortype`, as AWS does. */
export function restJson(status: number, value: unknown, errorType?: string): StandInReply {
  return {
    status,
    headers: { 'content-type': 'application/json', ...(errorType ? { 'x-amzn-errortype': errorType } : {}) },
    body: JSON.stringify(value),
  };
}

/** A JSON-1.0 answer (Step Functions). */
export function json10(value: unknown): StandInReply {
  return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: JSON.stringify(value) };
}

/** CloudFormation DescribeStacks of one stack with these outputs. */
export function describeStacksResult(stackName: string, outputs: Record<string, string>): StandInReply {
  const members = Object.entries(outputs)
    .map(([key, value]) => `<member><OutputKey>${key}</OutputKey><OutputValue>${xmlText(value)}</OutputValue></member>`)
    .join('');
  return queryResult(
    'cloudformation',
    'DescribeStacks',
    `<Stacks><member><StackName>${stackName}</StackName><StackStatus>CREATE_COMPLETE</StackStatus><CreationTime>2026-11-01T00:00:00Z</CreationTime><Outputs>${members}</Outputs></member></Stacks>`,
  );
}

/** CloudFormation's answer for a stack name it does not know. */
export function noSuchStack(stackName: string): StandInReply {
  return queryError(400, 'ValidationError', `Stack with id ${stackName} does not exist`);
}
