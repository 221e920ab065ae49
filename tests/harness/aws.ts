import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand, UpdateTimeToLiveCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SESClient } from '@aws-sdk/client-ses';
import { inject } from 'vitest';
import { loadConfig, type ConfigKey, type DigestConfig } from '../../functions/config/config.js';
import { createDynamoDbClient, createS3Client, createSesClient } from '../../functions/adapters/aws-clients.js';
import { subscriberTableDefinition } from '../../functions/adapters/dynamodb-subscriber-store.js';
import { SUBSCRIBER_TABLE } from '../../functions/config/subscriber-table.js';
import type { FaultRule, SendAttempt } from './ses-types.js';

/** The emulators accept any credentials but the SDK insists on having some. */
export const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

/** A local configuration pointing at the emulators, built by the real loader (no process.env). */
export function emulatorConfig(overrides: Partial<Record<ConfigKey, unknown>> = {}): DigestConfig {
  return loadConfig({
    env: {},
    overrides: { s3Endpoint: inject('s3Endpoint'), sesEndpoint: inject('sesEndpoint'), dynamodbEndpoint: inject('dynamodbEndpoint'), ...overrides },
  });
}

export function testS3Client(config: DigestConfig = emulatorConfig()): S3Client {
  return createS3Client(config, { credentials: TEST_CREDENTIALS });
}

export function testSesClient(config: DigestConfig = emulatorConfig(), requestTimeout?: number): SESClient {
  return createSesClient(config, {
    credentials: TEST_CREDENTIALS,
    ...(requestTimeout ? { requestHandler: { requestTimeout, throwOnRequestTimeout: true } } : {}),
  });
}

export function testDynamoDbClient(config: DigestConfig = emulatorConfig()): DynamoDBClient {
  return createDynamoDbClient(config, { credentials: TEST_CREDENTIALS });
}

/** A fresh subscriber table (the stack's key schema) per test or file: files run in parallel against one emulator. */
export async function createTestTable(client: DynamoDBClient, label: string): Promise<string> {
  const tableName = `${label}-${randomUUID().slice(0, 8)}`;
  await client.send(new CreateTableCommand(subscriberTableDefinition(tableName)));
  await client
    .send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: SUBSCRIBER_TABLE.ttlAttribute, Enabled: true } }))
    // dynalite does not implement TTL; the attribute is still written and the stack enables it.
    .catch(() => undefined);
  await waitUntilActive(client, tableName);
  return tableName;
}

/**
 * Even with createTableMs 0, dynalite answers CreateTable while the table is
 * still CREATING and flips it to ACTIVE on a later tick; on a loaded machine a
 * write can arrive first and be refused with ResourceNotFoundException.
 */
async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`test table ${tableName} never became ACTIVE`);
}

/** A fresh bucket per test file: files run in parallel against one emulator. */
export async function createTestBucket(client: S3Client, label: string): Promise<string> {
  const bucket = `${label}-${randomUUID().slice(0, 8)}`.toLowerCase();
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return bucket;
}

/** Drives the SES harness (tests/harness/ses-emulator.ts), scoped to one configuration set. */
export class SesControl {
  constructor(
    readonly configurationSet: string,
    private readonly endpoint: string = inject('sesEndpoint'),
  ) {}

  async injectFault(rule: Omit<FaultRule, 'configurationSet'>): Promise<void> {
    await this.call('POST', '/_harness/faults', { ...rule, configurationSet: this.configurationSet });
  }

  async clearFaults(): Promise<void> {
    await this.call('DELETE', `/_harness/faults?${this.scope()}`);
  }

  /** Every SendRawEmail that reached the emulator in this scope, failed ones included. */
  async attempts(): Promise<Array<SendAttempt & { raw: Buffer }>> {
    const list = (await this.call('GET', `/_harness/attempts?${this.scope()}`)) as SendAttempt[];
    return list.map((attempt) => ({ ...attempt, raw: Buffer.from(attempt.rawBase64, 'base64') }));
  }

  /** The sends the emulator accepted, i.e. what would have been delivered. */
  async delivered(): Promise<Array<SendAttempt & { raw: Buffer }>> {
    return (await this.attempts()).filter((attempt) => attempt.outcome === 'accepted');
  }

  async reset(): Promise<void> {
    await this.clearFaults();
    await this.call('DELETE', `/_harness/attempts?${this.scope()}`);
  }

  private scope(): string {
    return new URLSearchParams({ configurationSet: this.configurationSet }).toString();
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.endpoint}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    if (!response.ok) throw new Error(`SES harness ${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response.json();
  }
}
