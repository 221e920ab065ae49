import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `digest send` against a stand-in for the two AWS APIs it calls, on
 * 127.0.0.1: CloudFormation DescribeStacks (query protocol, XML) and Step
 * Functions StartExecution (JSON 1.0). No emulator of either ships on npm;
 * the real SDK clients talk HTTP to this server through the SDK's own
 * service-specific endpoint variables.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const STATE_MACHINE = 'arn:aws:states:eu-west-1:123456789012:stateMachine:DigestStateMachine';
const requests: Array<{ target: string; body: string }> = [];
let server: Server;
let endpoint: string;

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolveBody(body));
  });
}

beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- node:http ignores the returned promise; the handler never rejects
  server = createServer(async (req, res) => {
    const body = await read(req);
    const target = String(req.headers['x-amz-target'] ?? new URLSearchParams(body).get('Action'));
    requests.push({ target, body });
    if (target === 'DescribeStacks') {
      const name = new URLSearchParams(body).get('StackName');
      if (name !== 'DailyDigest') {
        res.writeHead(400, { 'content-type': 'text/xml' });
        res.end(`<ErrorResponse><Error><Type>Sender</Type><Code>ValidationError</Code><Message>Stack with id ${name} does not exist</Message></Error><RequestId>1</RequestId></ErrorResponse>`);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(`<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult><Stacks><member>
        <StackName>DailyDigest</StackName><StackStatus>CREATE_COMPLETE</StackStatus><CreationTime>2026-11-01T00:00:00Z</CreationTime>
        <Outputs>
          <member><OutputKey>StateMachineArn</OutputKey><OutputValue>${STATE_MACHINE}</OutputValue></member>
          <member><OutputKey>BucketName</OutputKey><OutputValue>dailydigest-data-abc</OutputValue></member>
        </Outputs></member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>2</RequestId></ResponseMetadata></DescribeStacksResponse>`);
      return;
    }
    if (target === 'AWSStepFunctions.StartExecution') {
      const input = JSON.parse(body) as { name: string };
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ executionArn: `${STATE_MACHINE.replace(':stateMachine:', ':execution:')}:${input.name}`, startDate: 1_796_000_000 }));
      return;
    }
    res.writeHead(400);
    res.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

function digest(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'functions/cli.ts'), ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        AWS_ACCESS_KEY_ID: 'editor',
        AWS_SECRET_ACCESS_KEY: 'editor-secret',
        AWS_REGION: 'eu-west-1',
        AWS_ENDPOINT_URL_CLOUDFORMATION: endpoint,
        AWS_ENDPOINT_URL_SFN: endpoint,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('digest send: an editor starts the deployed run by hand', () => {
  it('finds the state machine from the stack outputs, starts it for the date and prints the console link', async () => {
    requests.length = 0;
    const result = await digest(['send', '--date', '2026-11-26', '--stack', 'DailyDigest']);
    expect(result.code).toBe(0);
    const start = requests.find((r) => r.target === 'AWSStepFunctions.StartExecution');
    const sent = JSON.parse(start!.body) as { stateMachineArn: string; name: string; input: string };
    expect(sent.stateMachineArn).toBe(STATE_MACHINE);
    expect(JSON.parse(sent.input)).toEqual({ date: '2026-11-26' });
    expect(sent.name).toMatch(/^2026-11-26-manual-/);
    expect(result.stdout).toContain(`execution: ${STATE_MACHINE.replace(':stateMachine:', ':execution:')}:${sent.name}`);
    expect(result.stdout).toContain('https://eu-west-1.console.aws.amazon.com/states/home?region=eu-west-1#/v2/executions/details/');
  });

  it('sends a test only to the given addresses', async () => {
    requests.length = 0;
    const result = await digest(['send', '--date', '2026-11-26', '--test-to', 'a@example.org, b@example.org']);
    expect(result.code).toBe(0);
    const start = requests.find((r) => r.target === 'AWSStepFunctions.StartExecution');
    const sent = JSON.parse(start!.body) as { input: string; name: string };
    expect(JSON.parse(sent.input)).toEqual({ date: '2026-11-26', testTo: ['a@example.org', 'b@example.org'] });
    expect(sent.name).toMatch(/^2026-11-26-test-/);
  });

  it('refuses a bad test address or an unknown stack with one line, starting nothing', async () => {
    requests.length = 0;
    const bad = await digest(['send', '--date', '2026-11-26', '--test-to', 'not an address']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/digest: UsageError: --test-to/);
    const unknown = await digest(['send', '--date', '2026-11-26', '--stack', 'Nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/digest: StackLookupError: Cannot read stack Nope: Stack with id Nope does not exist/);
    expect(requests.some((r) => r.target === 'AWSStepFunctions.StartExecution')).toBe(false);
  });
});
