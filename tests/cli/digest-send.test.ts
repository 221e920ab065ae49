import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { DynamoDbSubscriberStore } from '../../functions/adapters/dynamodb-subscriber-store.js';
import { createTestTable, testDynamoDbClient } from '../harness/aws.js';
import { describeStacksResult, json10, noSuchStack, queryResult, startAwsStandIn, type AwsStandIn, type StandInReply, type StandInRequest } from '../support/aws-stand-in.js';
import { EDITOR_SESSION, runDigest, type DigestResult } from '../support/run-digest.js';

/**
 * `digest send` against a stand-in for the AWS APIs it calls, on 127.0.0.1
 * (tests/support/aws-stand-in.ts): CloudFormation DescribeStacks, SES
 * GetSendQuota and GetIdentityVerificationAttributes, S3 GETs and Step
 * Functions StartExecution. No emulator of these ships on npm; the real SDK
 * clients talk HTTP to the stand-in through the SDK's own service-specific
 * endpoint variables. A stack with a subscriber table is counted from the
 * DynamoDB emulator.
 */

const STATE_MACHINE = 'arn:aws:states:eu-west-1:123456789012:stateMachine:DigestStateMachine';
/** What the stand-in SES account and bucket say; each test sets what it is about. */
const account = { sendRate: 14, maxSendRate: 14, max24HourSend: 50_000, sentLast24Hours: 0, identityStatus: 'Success' as string | null, subscribers: 6, table: undefined as string | undefined };

function subscriberList(count: number): string {
  return `email,name\n${Array.from({ length: count }, (_, i) => `reader${i}@example.org,Reader ${i}`).join('\n')}\n`;
}
let standIn: AwsStandIn;
const requests: Array<{ target: string; body: string }> = [];

function answer(request: StandInRequest): StandInReply {
  // S3, path-style (DIGEST_S3_ENDPOINT): the subscriber list and the frozen list.
  if (request.method === 'GET' && request.url.startsWith('/dailydigest-data-abc/')) {
    requests.push({ target: `s3:${request.url}`, body: '' });
    if (request.url.startsWith('/dailydigest-data-abc/subscribers/subscribers.csv')) return { status: 200, headers: { 'content-type': 'text/csv' }, body: subscriberList(account.subscribers) };
    return { status: 404, headers: { 'content-type': 'application/xml' }, body: '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>' };
  }
  const target = request.operation;
  requests.push({ target, body: request.body });
  switch (target) {
    case 'DescribeStacks': {
      const name = request.params.get('StackName') ?? '';
      if (name !== 'DailyDigest') return noSuchStack(name);
      return describeStacksResult('DailyDigest', {
        StateMachineArn: STATE_MACHINE,
        BucketName: 'dailydigest-data-abc',
        SesIdentity: 'example.org',
        SendRate: String(account.sendRate),
        ...(account.table ? { SubscribersTableName: account.table } : {}),
      });
    }
    case 'GetSendQuota':
      return queryResult('ses', 'GetSendQuota', `<SentLast24Hours>${account.sentLast24Hours}</SentLast24Hours><Max24HourSend>${account.max24HourSend}</Max24HourSend><MaxSendRate>${account.maxSendRate}</MaxSendRate>`);
    case 'GetIdentityVerificationAttributes': {
      const entry = account.identityStatus ? `<entry><key>example.org</key><value><VerificationStatus>${account.identityStatus}</VerificationStatus></value></entry>` : '';
      return queryResult('ses', 'GetIdentityVerificationAttributes', `<VerificationAttributes>${entry}</VerificationAttributes>`);
    }
    case 'AWSStepFunctions.StartExecution': {
      const input = JSON.parse(request.body) as { name: string };
      return json10({ executionArn: `${STATE_MACHINE.replace(':stateMachine:', ':execution:')}:${input.name}`, startDate: 1_796_000_000 });
    }
    default:
      return { status: 400 };
  }
}

beforeAll(async () => {
  standIn = await startAwsStandIn(answer);
});

afterAll(() => standIn.stop());

function digest(args: string[], env: Record<string, string> = {}): Promise<DigestResult> {
  return runDigest(args, {
    ...EDITOR_SESSION,
    AWS_ENDPOINT_URL_CLOUDFORMATION: standIn.endpoint,
    AWS_ENDPOINT_URL_SFN: standIn.endpoint,
    AWS_ENDPOINT_URL_SES: standIn.endpoint,
    DIGEST_S3_ENDPOINT: standIn.endpoint,
    DIGEST_DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
    ...env,
  });
}

describe('digest send: an editor starts the deployed run by hand', () => {
  beforeEach(() => {
    Object.assign(account, { sendRate: 14, maxSendRate: 14, max24HourSend: 50_000, sentLast24Hours: 0, identityStatus: 'Success', subscribers: 6, table: undefined });
  });

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

  it('checks the SES account and the list first, and says plainly what is wrong, starting nothing', async () => {
    requests.length = 0;
    Object.assign(account, { identityStatus: 'Pending', maxSendRate: 1, max24HourSend: 200 });
    const result = await digest(['send', '--date', '2026-11-26']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SendPreflightError: Not starting the run for 2026-11-26');
    expect(result.stderr).toContain('The SES identity example.org is not verified in eu-west-1 (status Pending)');
    expect(result.stderr).toContain('in the sandbox');
    expect(result.stderr).toContain('The stack sends at 14/s but this SES account allows 1/s');
    expect(requests.some((r) => r.target === 'AWSStepFunctions.StartExecution')).toBe(false);
  });

  it('refuses a list that cannot finish before the run times out, with the arithmetic', async () => {
    requests.length = 0;
    // A stack deployed at 1/s: 1 × 0.97 × (20 h − 30 min) = 68,094 recipients at most.
    Object.assign(account, { sendRate: 1, subscribers: 70_000, max24HourSend: 100_000 });
    const result = await digest(['send', '--date', '2026-11-26']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('70,000 recipients at 1/s take 20.0 h (70,000 / (1 × 0.97) s), but the run stops after 20 h');
    expect(result.stderr).toContain('at most 68,094 recipients at this rate');
    expect(requests.some((r) => r.target === 'AWSStepFunctions.StartExecution')).toBe(false);
  });

  it('refuses a list larger than what is left of the 24-hour quota', async () => {
    Object.assign(account, { subscribers: 60, max24HourSend: 1000, sentLast24Hours: 980 });
    const result = await digest(['send', '--date', '2026-11-26']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The list has 60 recipients but only 20 of the account\'s 1,000 messages per 24 hours are left');
  });
});

describe('digest send on a stack with a subscriber table', () => {
  beforeEach(() => {
    Object.assign(account, { sendRate: 14, maxSendRate: 14, max24HourSend: 50_000, sentLast24Hours: 0, identityStatus: 'Success', subscribers: 6, table: undefined });
  });

  it('counts the confirmed subscribers in the table the freeze reads, not the bucket CSV', async () => {
    const dynamodb = testDynamoDbClient();
    const table = await createTestTable(dynamodb, 'send-preflight');
    const store = new DynamoDbSubscriberStore({ client: dynamodb, tableName: table });
    const now = '2026-11-01T00:00:00.000Z';
    // Four confirmed, one still pending its confirmation: the run sends to four.
    for (const [i, status] of (['confirmed', 'confirmed', 'confirmed', 'confirmed', 'pending'] as const).entries()) {
      await store.write({ email: `member${i}@example.org`, status, name: '', fields: {}, consent: { source: 'form', signedUpAt: now }, updatedAt: now, version: 1 });
    }
    Object.assign(account, { table, max24HourSend: 1000, sentLast24Hours: 997 });

    requests.length = 0;
    const refused = await digest(['send', '--date', '2026-11-26']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('The list has 4 recipients but only 3 of the account\'s 1,000 messages per 24 hours are left');
    expect(requests.some((r) => r.target.includes('subscribers.csv'))).toBe(false);

    account.sentLast24Hours = 0;
    const started = await digest(['send', '--date', '2026-11-26']);
    expect(started.code).toBe(0);
    expect(started.stdout).toContain('Checked: example.org verified, 4 confirmed subscribers fit the SES quota and the run\'s time at 14/s');
  });
});

describe('digest send defaults: the newsroom\'s day and the editors\' test list', () => {
  beforeEach(() => {
    Object.assign(account, { sendRate: 14, maxSendRate: 14, max24HourSend: 50_000, sentLast24Hours: 0, identityStatus: 'Success', subscribers: 6, table: undefined });
  });

  const startInput = () => {
    const start = requests.find((r) => r.target === 'AWSStepFunctions.StartExecution');
    return JSON.parse((JSON.parse(start!.body) as { input: string }).input) as { date: string; testTo?: string[] };
  };

  it('without --date starts the run with the current instant, which the stack resolves in its time zone like the schedule', async () => {
    requests.length = 0;
    const before = Date.now();
    const result = await digest(['send'], { DIGEST_TIME_ZONE: 'Pacific/Kiritimati' });
    expect(result.stderr).not.toContain('digest:');
    expect(result.code).toBe(0);
    const { date } = startInput();
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Date.parse(date)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(result.stdout).toMatch(/for today in the newsroom's time zone \(\d{4}-\d{2}-\d{2} in Pacific\/Kiritimati\)/);
  });

  it('--test-to without addresses sends to DIGEST_TEST_RECIPIENTS, and refuses when that list is empty', async () => {
    requests.length = 0;
    const result = await digest(['send', '--date', '2026-11-26', '--test-to'], { DIGEST_TEST_RECIPIENTS: 'desk@example.org,chief@example.org' });
    expect(result.code).toBe(0);
    expect(startInput()).toEqual({ date: '2026-11-26', testTo: ['desk@example.org', 'chief@example.org'] });

    requests.length = 0;
    const empty = await digest(['send', '--date', '2026-11-26', '--test-to'], { DIGEST_TEST_RECIPIENTS: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/DIGEST_TEST_RECIPIENTS, which is empty/);
    const invalid = await digest(['send', '--test-to'], { DIGEST_TEST_RECIPIENTS: 'not an address' });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/testRecipients \(DIGEST_TEST_RECIPIENTS\)/);
    expect(requests.some((r) => r.target === 'AWSStepFunctions.StartExecution')).toBe(false);
  });
});
