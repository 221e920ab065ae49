import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { DynamoDbSubscriberStore } from '../../functions/adapters/dynamodb-subscriber-store.js';
import { createTestTable, testDynamoDbClient } from '../harness/aws.js';
import {
  describeStacksResult,
  noSuchStack,
  queryError,
  queryResult,
  restJson,
  startAwsStandIn,
  xmlText,
  type AwsStandIn,
  type StandInReply,
  type StandInRequest,
} from '../support/aws-stand-in.js';
import { EDITOR_SESSION, runDigest, type DigestResult } from '../support/run-digest.js';

/**
 * `digest doctor --stack` as an editor runs it before the first real send:
 * the real SDK clients talk to a stand-in for CloudFormation, SES v1 and SES
 * v2 on 127.0.0.1, the subscriber count comes from a DynamoDB table in the
 * emulator, and the function URLs are served by the same stand-in. Each test
 * breaks one thing about an otherwise healthy account and reads the line
 * (and the fix) the doctor prints for it.
 */

const CONFIRMED = 5;

interface World {
  /** Verification status by identity; an identity not listed does not exist. */
  identities: Record<string, string>;
  dkim: { enabled: boolean; status: string; tokens: string[] } | null;
  configurationSet: boolean;
  productionAccess: boolean;
  reviewStatus?: string;
  quota: { max24HourSend: number; maxSendRate: number; sentLast24Hours: number };
  testRecipients: string;
  schedule: 'ENABLED' | 'DISABLED';
  unsubscribeUrl?: string;
  /** Operations that answer AccessDenied. */
  denied: string[];
  /** Operations that answer Throttling, however often they are retried. */
  throttled: string[];
  /** Operations that never answer: the connection stays open, silent. */
  hanging: string[];
}

let standIn: AwsStandIn;
let table: string;
let world: World;
/** A port nothing listens on: the address of a function URL that does not answer. */
let closedPort: number;

function healthy(): World {
  return {
    identities: { 'example.org': 'Success', 'desk@example.org': 'Success' },
    dkim: { enabled: true, status: 'Success', tokens: ['tok1', 'tok2', 'tok3'] },
    configurationSet: true,
    productionAccess: true,
    quota: { max24HourSend: 50_000, maxSendRate: 14, sentLast24Hours: 0 },
    testRecipients: 'desk@example.org',
    schedule: 'ENABLED',
    denied: [],
    throttled: [],
    hanging: [],
  };
}

function template(): string {
  return JSON.stringify({
    Resources: {
      MailConfigurationSet: { Type: 'AWS::SES::ConfigurationSet', Properties: { Name: 'DailyDigest', SendingOptions: { SendingEnabled: true } } },
      SendFunction: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Environment: {
            Variables: {
              DIGEST_FROM: 'Daily Digest <digest@example.org>',
              DIGEST_SES_CONFIGURATION_SET: 'DailyDigest',
              DIGEST_BUCKET: { Ref: 'DataBucket' },
              ...(world.testRecipients ? { DIGEST_TEST_RECIPIENTS: world.testRecipients } : {}),
            },
          },
        },
      },
      Schedule: {
        Type: 'AWS::Scheduler::Schedule',
        Properties: { State: world.schedule, ScheduleExpression: 'cron(0 6 * * ? *)', ScheduleExpressionTimezone: 'Europe/Berlin' },
      },
    },
  });
}

/** `Identities.member.1`, `Identities.member.2`, … of a query-protocol call. */
function members(request: StandInRequest, name: string): string[] {
  return [...request.params.entries()].filter(([key]) => key.startsWith(`${name}.member.`)).map(([, value]) => value);
}

/** What this page's own handlers answer: their headers carry the digest's CSP. */
const DIGEST_PAGE = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" };

function answer(request: StandInRequest): StandInReply | Promise<StandInReply> {
  const op = request.operation;
  if (world.hanging.includes(op)) return new Promise<StandInReply>(() => {});
  if (world.denied.includes(op)) {
    return op.startsWith('GET /v2/')
      ? restJson(403, { message: `User: arn:aws:iam::123456789012:user/editor is not authorized to perform: ses:GetAccount` }, 'AccessDeniedException')
      : queryError(403, 'AccessDenied', `User: arn:aws:iam::123456789012:user/editor is not authorized to perform: ses:${op}`);
  }
  if (world.throttled.includes(op)) return queryError(400, 'Throttling', 'Rate exceeded');
  switch (op) {
    case 'DescribeStacks': {
      const name = request.params.get('StackName') ?? '';
      if (name !== 'DailyDigest') return noSuchStack(name);
      return describeStacksResult('DailyDigest', {
        StateMachineArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:DigestStateMachine',
        BucketName: 'dailydigest-data-abc',
        SesIdentity: 'example.org',
        SendRate: '14',
        SubscribersTableName: table,
        UnsubscribeUrl: world.unsubscribeUrl ?? `${standIn.endpoint}/url/unsubscribe/`,
        SignupUrl: `${standIn.endpoint}/url/signup/`,
      });
    }
    case 'GetTemplate':
      return queryResult('cloudformation', 'GetTemplate', `<TemplateBody>${xmlText(template())}</TemplateBody>`);
    case 'GetSendQuota': {
      const { max24HourSend, maxSendRate, sentLast24Hours } = world.quota;
      return queryResult('ses', 'GetSendQuota', `<SentLast24Hours>${sentLast24Hours}</SentLast24Hours><Max24HourSend>${max24HourSend}</Max24HourSend><MaxSendRate>${maxSendRate}</MaxSendRate>`);
    }
    case 'GetIdentityVerificationAttributes': {
      const entries = members(request, 'Identities')
        .filter((identity) => world.identities[identity])
        .map((identity) => `<entry><key>${identity}</key><value><VerificationStatus>${world.identities[identity]}</VerificationStatus></value></entry>`);
      return queryResult('ses', 'GetIdentityVerificationAttributes', `<VerificationAttributes>${entries.join('')}</VerificationAttributes>`);
    }
    case 'GetIdentityDkimAttributes': {
      const [domain] = members(request, 'Identities');
      const dkim = world.dkim;
      const entry = dkim
        ? `<entry><key>${domain}</key><value><DkimEnabled>${dkim.enabled}</DkimEnabled><DkimVerificationStatus>${dkim.status}</DkimVerificationStatus><DkimTokens>${dkim.tokens.map((token) => `<member>${token}</member>`).join('')}</DkimTokens></value></entry>`
        : '';
      return queryResult('ses', 'GetIdentityDkimAttributes', `<DkimAttributes>${entry}</DkimAttributes>`);
    }
    case 'DescribeConfigurationSet': {
      const name = request.params.get('ConfigurationSetName');
      if (!world.configurationSet || name !== 'DailyDigest') return queryError(400, 'ConfigurationSetDoesNotExist', `Configuration set <${name}> does not exist.`);
      return queryResult(
        'ses',
        'DescribeConfigurationSet',
        '<ConfigurationSet><Name>DailyDigest</Name></ConfigurationSet><EventDestinations><member><Name>BounceComplaint</Name><Enabled>true</Enabled>' +
          '<MatchingEventTypes><member>bounce</member><member>complaint</member></MatchingEventTypes>' +
          '<SNSDestination><TopicARN>arn:aws:sns:eu-west-1:123456789012:bounces</TopicARN></SNSDestination></member></EventDestinations>',
      );
    }
    case 'GET /v2/email/account':
      return restJson(200, {
        ProductionAccessEnabled: world.productionAccess,
        SendingEnabled: true,
        EnforcementStatus: 'HEALTHY',
        SendQuota: { Max24HourSend: world.quota.max24HourSend, MaxSendRate: world.quota.maxSendRate, SentLast24Hours: world.quota.sentLast24Hours },
        ...(world.reviewStatus ? { Details: { ReviewDetails: { Status: world.reviewStatus, CaseId: '1' } } } : {}),
      });
    // The function URLs: a GET without a token is refused with the handler's page; the sign-up form is shown.
    case 'GET /url/unsubscribe/':
      return { status: 400, headers: DIGEST_PAGE, body: '<h1>This link is not valid</h1>' };
    case 'GET /url/signup/':
      return { status: 200, headers: DIGEST_PAGE, body: '<form method="post"></form>' };
    default:
      return { status: 400, body: `no stand-in for ${op}` };
  }
}

beforeAll(async () => {
  world = healthy();
  standIn = await startAwsStandIn(answer);
  const closed = await startAwsStandIn(() => ({ status: 200 }));
  closedPort = Number(new URL(closed.endpoint).port);
  await closed.stop();
  const dynamodb = testDynamoDbClient();
  table = await createTestTable(dynamodb, 'doctor');
  const store = new DynamoDbSubscriberStore({ client: dynamodb, tableName: table });
  const now = '2026-11-01T00:00:00.000Z';
  for (let i = 0; i < CONFIRMED + 2; i++) {
    await store.write({
      email: `reader${i}@example.org`,
      // Two have not confirmed yet: they are not on the list.
      status: i < CONFIRMED ? 'confirmed' : 'pending',
      name: '',
      fields: {},
      consent: { source: 'import', signedUpAt: now },
      updatedAt: now,
      version: 1,
    });
  }
});

afterAll(() => standIn.stop());

beforeEach(() => {
  world = healthy();
  standIn.requests.length = 0;
});

function digest(args: string[], env: Record<string, string> = {}): Promise<DigestResult> {
  return runDigest(args, {
    ...EDITOR_SESSION,
    AWS_ENDPOINT_URL_CLOUDFORMATION: standIn.endpoint,
    AWS_ENDPOINT_URL_SES: standIn.endpoint,
    AWS_ENDPOINT_URL_SESV2: standIn.endpoint,
    DIGEST_DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
    DIGEST_TEST_RECIPIENTS: '',
    // Node 20 is supported here; the SDK's notice about its own future would muddy "nothing on stderr".
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...env,
  });
}

interface JsonReport {
  stack: string;
  region: string;
  ok: boolean;
  checks: Array<{ id: string; status: 'ok' | 'warn' | 'fail'; summary: string; fix?: string }>;
}

async function doctor(extra: string[] = []): Promise<{ code: number | null; report: JsonReport; stderr: string }> {
  const result = await digest(['doctor', '--stack', 'DailyDigest', '--json', ...extra]);
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

function check(report: JsonReport, id: string) {
  const found = report.checks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no check ${id} in ${JSON.stringify(report)}`);
  return found;
}

describe('digest doctor: is the deployed stack ready to send for real?', () => {
  it('passes a healthy account with one ok line per check, and only reads', async () => {
    const result = await digest(['doctor', '--stack', 'DailyDigest']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('digest doctor: stack DailyDigest in eu-west-1');
    for (const id of ['identity', 'dkim', 'configuration-set', 'sandbox', 'test-recipients', 'quota', 'unsubscribe-url', 'signup-url', 'schedule']) {
      expect(result.stdout).toMatch(new RegExp(`^  ok {4}${id} +\\S`, 'm'));
    }
    expect(result.stdout).toContain('example.org is verified in eu-west-1 and covers the From digest@example.org');
    expect(result.stdout).toContain(`${CONFIRMED} confirmed subscribers fit the account's 50,000 messages per 24 hours at 14/s`);
    expect(result.stdout).toContain('the daily schedule runs cron(0 6 * * ? *) in Europe/Berlin');
    expect(result.stdout).toContain('Everything checked is ready.');
    const operations = new Set(standIn.requests.map((request) => request.operation));
    expect([...operations].sort()).toEqual([
      'DescribeConfigurationSet',
      'DescribeStacks',
      'GET /url/signup/',
      'GET /url/unsubscribe/',
      'GET /v2/email/account',
      'GetIdentityDkimAttributes',
      'GetIdentityVerificationAttributes',
      'GetSendQuota',
      'GetTemplate',
    ]);
  });

  it('writes the same checks as JSON with --json', async () => {
    const { code, report } = await doctor();
    expect(code).toBe(0);
    expect(report).toMatchObject({ stack: 'DailyDigest', region: 'eu-west-1', ok: true });
    expect(report.checks.map((c) => c.status)).toEqual(Array(report.checks.length).fill('ok'));
  });

  it('fails an identity that is not verified, and says where the DNS records are', async () => {
    world.identities['example.org'] = 'Pending';
    const result = await digest(['doctor', '--stack', 'DailyDigest']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}FAIL {2}identity +example\.org is not verified in eu-west-1 \(Pending\): SES refuses every message from it$/m);
    expect(result.stdout).toMatch(/fix: publish the DNS records listed under SES console .* → Identities → example\.org; SES keeps checking for 72 hours/);
    expect(result.stdout).toContain('1 problem to fix; then run the doctor again.');
  });

  it('fails DKIM still pending, listing the exact CNAME records to publish', async () => {
    world.dkim = { enabled: true, status: 'Pending', tokens: ['abc', 'def', 'ghi'] };
    const { code, report } = await doctor();
    expect(code).toBe(1);
    expect(check(report, 'dkim')).toEqual({
      id: 'dkim',
      status: 'fail',
      summary: 'DKIM for example.org is pending: SES has not found its CNAME records yet',
      fix:
        "publish these CNAME records in example.org's DNS: abc._domainkey.example.org → abc.dkim.amazonses.com; def._domainkey.example.org → def.dkim.amazonses.com; " +
        'ghi._domainkey.example.org → ghi.dkim.amazonses.com; SES checks for 72 hours',
    });
    expect(report.checks.filter((c) => c.status !== 'ok').map((c) => c.id)).toEqual(['dkim']);
  });

  it('in the sandbox, fails a test recipient that is not verified and names it; the sandbox itself only warns while the schedule is off', async () => {
    Object.assign(world, { productionAccess: false, reviewStatus: 'PENDING', schedule: 'DISABLED', testRecipients: 'desk@example.org,intern@elsewhere.net' });
    world.quota = { max24HourSend: 200, maxSendRate: 1, sentLast24Hours: 0 };
    const { code, report } = await doctor();
    expect(code).toBe(1);
    const recipients = check(report, 'test-recipients');
    expect(recipients.status).toBe('fail');
    expect(recipients.summary).toBe('1 of 2 test recipients is not verified, and the sandbox refuses mail to them: intern@elsewhere.net (missing)');
    expect(recipients.fix).toBe('aws sesv2 create-email-identity --email-identity intern@elsewhere.net --region eu-west-1; then each clicks the link SES emails');
    const sandbox = check(report, 'sandbox');
    expect(sandbox.status).toBe('warn');
    expect(sandbox.summary).toContain('the account is in the SES sandbox in eu-west-1: only verified addresses receive mail, at most 200 a day; the request for production access is pending review');
    expect(check(report, 'schedule')).toMatchObject({ status: 'warn', fix: 'when the test sends look right: npx cdk deploy -c scheduleEnabled=true' });
  });

  it('fails the sandbox outright while the daily schedule is on, with the way out', async () => {
    world.productionAccess = false;
    const { report } = await doctor();
    const sandbox = check(report, 'sandbox');
    expect(sandbox.status).toBe('fail');
    expect(sandbox.summary).toContain('the daily schedule is on, so the next run fails for every subscriber');
    expect(sandbox.fix).toMatch(/^request production access: SES console .* → Account dashboard → Request production access/);
    // The editor's own address is verified: test sends work.
    expect(check(report, 'test-recipients').status).toBe('ok');
  });

  it('fails a list larger than the 24-hour quota, counting only confirmed subscribers in the table', async () => {
    world.quota = { max24HourSend: 3, maxSendRate: 14, sentLast24Hours: 0 };
    const { code, report } = await doctor();
    expect(code).toBe(1);
    expect(check(report, 'quota')).toMatchObject({
      status: 'fail',
      summary: `${CONFIRMED} confirmed subscribers exceed the account's 3 messages per 24 hours at 14/s: the rest would stay pending day after day`,
      fix: expect.stringContaining('Request an increase'),
    });
  });

  it('fails a rate the account does not allow, with the sendRate to deploy', async () => {
    world.quota = { max24HourSend: 50_000, maxSendRate: 10, sentLast24Hours: 0 };
    const { report } = await doctor();
    expect(check(report, 'quota')).toMatchObject({ status: 'fail', fix: expect.stringMatching(/^npx cdk deploy -c sendRate=10, or request an increase/) });
  });

  it('fails a configuration set that does not exist', async () => {
    world.configurationSet = false;
    const { code, report } = await doctor();
    expect(code).toBe(1);
    expect(check(report, 'configuration-set')).toMatchObject({
      status: 'fail',
      summary: 'the configuration set DailyDigest does not exist in eu-west-1: SES refuses every message that names it',
      fix: expect.stringContaining('npx cdk deploy -c configurationSetName=DailyDigest-2'),
    });
  });

  it('fails a function URL that does not answer, and one answered by something other than the digest', async () => {
    world.unsubscribeUrl = `http://127.0.0.1:${closedPort}/`;
    const { code, report } = await doctor();
    expect(code).toBe(1);
    const unreachable = check(report, 'unsubscribe-url');
    expect(unreachable.status).toBe('fail');
    expect(unreachable.summary).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${closedPort}/ did not answer: .*ECONNREFUSED`));
    expect(unreachable.fix).toContain("Lambda console → the stack's UnsubscribeFunction → Configuration → Function URL");

    world.unsubscribeUrl = `${standIn.endpoint}/url/signup/`;
    const wrong = check((await doctor()).report, 'unsubscribe-url');
    expect(wrong.status).toBe('fail');
    expect(wrong.summary).toContain("answered a GET without a token with 200, where the digest's handler answers 400");
  });

  it('turns AccessDenied on one call into that check\'s line with the policy to attach, and still runs the others', async () => {
    world.denied = ['GetIdentityDkimAttributes'];
    const { code, report, stderr } = await doctor();
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const dkim = check(report, 'dkim');
    expect(dkim.status).toBe('fail');
    expect(dkim.summary).toBe('could not check DKIM for example.org: AccessDenied: User: arn:aws:iam::123456789012:user/editor is not authorized to perform: ses:GetIdentityDkimAttributes');
    expect(dkim.fix).toMatch(/^attach the stack's EditorsPolicy \(output EditorsPolicyArn\) to your user or role/);
    expect(report.checks.filter((c) => c.id !== 'dkim').every((c) => c.status === 'ok')).toBe(true);
  });

  it('turns throttling that outlasts the retries into a line that says to run again', async () => {
    world.throttled = ['GetSendQuota'];
    const { code, report, stderr } = await doctor();
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(check(report, 'quota')).toEqual({
      id: 'quota',
      status: 'fail',
      summary: 'could not check the SES sending quota: Throttling: Rate exceeded',
      fix: 'AWS throttled the call: run the doctor again in a minute',
    });
    // Read calls are retried before they become a line.
    expect(standIn.requests.filter((request) => request.operation === 'GetSendQuota')).toHaveLength(3);
  });

  it('bounds each AWS check in time: a call that never answers becomes its check\'s line, and the others still run', async () => {
    world.hanging = ['GetSendQuota'];
    const { code, report, stderr } = await doctor(['--timeout', '1']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(check(report, 'quota')).toEqual({
      id: 'quota',
      status: 'fail',
      summary: 'could not check the SES sending quota: CheckTimeoutError: no answer within 1 s',
      fix: 'AWS did not answer: check the network and the region (AWS_REGION), then run again',
    });
    // SES v2 GetAccount still says whether the account is in the sandbox.
    expect(report.checks.filter((c) => c.id !== 'quota').every((c) => c.status === 'ok')).toBe(true);

    world.hanging = ['DescribeStacks'];
    const stack = await doctor(['--timeout', '1']);
    expect(stack.code).toBe(1);
    expect(stack.report.checks).toEqual([
      { id: 'stack', status: 'fail', summary: 'could not check stack DailyDigest: CheckTimeoutError: no answer within 1 s', fix: 'AWS did not answer: check the network and the region (AWS_REGION), then run again' },
    ]);
  });

  it('without SES v2 GetAccount, infers the sandbox from the 200-a-day quota and says so', async () => {
    Object.assign(world, { denied: ['GET /v2/email/account'], productionAccess: false, schedule: 'DISABLED' });
    world.quota = { max24HourSend: 200, maxSendRate: 14, sentLast24Hours: 0 };
    const { report } = await doctor();
    const sandbox = check(report, 'sandbox');
    expect(sandbox.status).toBe('warn');
    expect(sandbox.summary).toContain('in the SES sandbox in eu-west-1 (inferred from the quota of 200 a day, as SES v2 GetAccount answered AccessDeniedException)');
  });

  it('reports an unknown stack as one failed check, not a stack trace', async () => {
    const result = await digest(['doctor', '--stack', 'Nope']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/FAIL {2}stack {2}could not check stack Nope: .*Stack with id Nope does not exist/);
    expect(result.stdout).toContain('fix: check the name (--stack) and the region (AWS_REGION)');
  });
});

describe('digest doctor without --stack: the local setup', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'digest-doctor-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('checks the configuration, the newest day of articles and the subscriber CSV, and warns about a placeholder From and rejected rows', async () => {
    const result = await digest(['doctor', '--subscribers', 'examples/subscribers.csv', '--json'], { DIGEST_FROM: '' });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.stack).toBeUndefined();
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['config', 'warn'],
      ['articles', 'ok'],
      // The bundled list carries hostile rows on purpose.
      ['subscribers', 'warn'],
    ]);
    expect(check(report, 'subscribers').summary).toMatch(/^6 subscribers in examples\/subscribers\.csv, 2 rows rejected \(line 6: /);
    expect(check(report, 'config').fix).toContain('DIGEST_FROM');
    expect(check(report, 'articles').summary).toMatch(/^newest day 2026-11-26: \d+ article files in examples\/articles$/);
  });

  it('fails a missing articles folder and an invalid setting, and warns about rejected subscriber rows', async () => {
    const csv = join(dir, 'list.csv');
    await writeFile(csv, 'email,name\nada@example.org,Ada\nnot an address,Nobody\n');
    const result = await digest(['doctor', '--articles', join(dir, 'missing'), '--subscribers', csv], { DIGEST_SEND_RATE: 'fast' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('digest doctor: the local setup (--stack NAME checks a deployed stack)');
    expect(result.stdout).toMatch(/FAIL {2}config +Invalid configuration: sendRate \(DIGEST_SEND_RATE\)/);
    expect(result.stdout).toMatch(/FAIL {2}articles +Articles folder not found: .*missing/);
    expect(result.stdout).toMatch(/warn {2}subscribers +1 subscribers in .*list\.csv, 1 rows rejected \(line 3: /);
  });

  it('warns when the local subscriber store is empty, as digest run would refuse it', async () => {
    await mkdir(join(dir, 'out'), { recursive: true });
    const result = await digest(['doctor', '--out', join(dir, 'out'), '--json']);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(check(report, 'subscribers')).toMatchObject({ status: 'warn', fix: 'npm run digest -- subscribers import FILE, or pass --subscribers FILE for one run' });
  });
});
