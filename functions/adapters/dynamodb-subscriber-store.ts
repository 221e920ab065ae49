import { ConditionalCheckFailedException, ScanCommand as RawScanCommand, type AttributeValue, type CreateTableCommandInput, type DynamoDBClient, type ScanCommandOutput as RawScanOutput } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { SUBSCRIBER_TABLE } from '../config/subscriber-table.js';
import type { Subscriber } from '../core/subscribers/subscriber.js';
import { addressHash } from '../core/suppressions.js';
import {
  addressKey,
  CorruptSubscriberRecordError,
  parseRecipient,
  parseSubscriberRecord,
  type AttemptCounter,
  type ScanOptions,
  type SubscriberRecord,
  type SubscriberStore,
} from '../core/subscribers/subscriber-store.js';

/**
 * The subscriber store on DynamoDB (on-demand). One item per address, keyed
 * `sub#<lower-cased address>`; rate-limit counters share the table under
 * `rate#…` with a TTL, so the stack has one table to encrypt, back up and grant.
 *
 * Writes are conditional on the record's version: of 100 concurrent sign-ups
 * for one address, exactly one wins the right to send the confirmation.
 * Reads of single records are strongly consistent (a sign-up decides on
 * them); the snapshot scan is eventually consistent (half the read cost;
 * a sign-up confirmed within the last second may wait for tomorrow's issue)
 * and runs in parallel segments.
 */

const TABLE_KEY = SUBSCRIBER_TABLE.partitionKey;
const TTL_ATTRIBUTE = SUBSCRIBER_TABLE.ttlAttribute;
const SUBSCRIBER_PREFIX = 'sub#';
const RECIPIENT_PROJECTION = [TABLE_KEY, 'email', 'name', 'fields'] as const;
const RATE_PREFIX = 'rate#';
export const DEFAULT_SCAN_SEGMENTS = 8;

/** What the scans of this store cost so far: the bench reads it to price a snapshot. */
export interface ScanStats {
  requests: number;
  items: number;
  scannedItems: number;
  /** Read capacity units DynamoDB reported (ReturnConsumedCapacity: TOTAL); on-demand bills them as read request units. */
  capacityUnits: number;
}

export interface DynamoDbSubscriberStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /** Parallel scan segments (default 8). */
  segments?: number;
  /** Items a Scan page may hold before the 1 MB page limit; only for tests and the bench. */
  pageLimit?: number;
}

export class DynamoDbSubscriberStore implements SubscriberStore, AttemptCounter {
  readonly location: string;
  readonly stats: ScanStats = { requests: 0, items: 0, scannedItems: 0, capacityUnits: 0 };
  private readonly client: DynamoDBClient;
  private readonly documents: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly segments: number;
  private readonly pageLimit: number | undefined;

  constructor(options: DynamoDbSubscriberStoreOptions) {
    this.client = options.client;
    this.documents = DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
    this.tableName = options.tableName;
    this.location = `dynamodb:${options.tableName}`;
    this.segments = options.segments ?? DEFAULT_SCAN_SEGMENTS;
    this.pageLimit = options.pageLimit;
  }

  async get(email: string): Promise<SubscriberRecord | null> {
    const response = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: { [TABLE_KEY]: itemKey(email) }, ConsistentRead: true }));
    return response.Item ? this.toRecord(response.Item) : null;
  }

  async write(record: SubscriberRecord): Promise<boolean> {
    const previous = record.version - 1;
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { [TABLE_KEY]: itemKey(record.email), ...record },
          ...(previous === 0
            ? { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': TABLE_KEY } }
            : { ConditionExpression: '#version = :previous', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':previous': previous } }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async delete(email: string): Promise<boolean> {
    const response = await this.documents.send(new DeleteCommand({ TableName: this.tableName, Key: { [TABLE_KEY]: itemKey(email) }, ReturnValues: 'ALL_OLD' }));
    return response.Attributes !== undefined;
  }

  async *scan(options: ScanOptions = {}): AsyncIterable<SubscriberRecord> {
    for await (const page of this.scanPages(options)) {
      for (const item of page) yield this.toRecord(unmarshall(item));
    }
  }

  /**
   * Only the attributes a message needs come back (ProjectionExpression):
   * DynamoDB charges read units on whole items either way, but a million
   * records then cost a quarter of the transfer and parsing.
   */
  async *scanConfirmedRecipients(options: Pick<ScanOptions, 'segments'> = {}): AsyncIterable<Subscriber> {
    for await (const page of this.scanPages({ ...options, status: 'confirmed' }, RECIPIENT_PROJECTION)) {
      for (const item of page) {
        const key = item[TABLE_KEY]?.S;
        const recipient = parseRecipient({ email: item.email?.S, name: item.name?.S, fields: item.fields && stringMap(item.fields) }, `${this.location} item`);
        if (key !== itemKey(recipient.email)) throw new CorruptSubscriberRecordError(`${this.location} item ${String(key).slice(0, 80)} holds the record of another address`);
        yield recipient;
      }
    }
  }

  private scanPages(options: ScanOptions, projection?: readonly string[]): AsyncIterable<Array<Record<string, AttributeValue>>> {
    const segments = Math.max(1, Math.min(options.segments ?? this.segments, 1_000));
    return mergePages(Array.from({ length: segments }, (_, segment) => this.scanSegment(segment, segments, options, projection)));
  }

  async increment(key: string, windowMs: number, now: number): Promise<number> {
    const window = Math.floor(now / windowMs);
    const response = await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { [TABLE_KEY]: `${RATE_PREFIX}${key}#${window}` },
        UpdateExpression: 'ADD #count :one SET #ttl = if_not_exists(#ttl, :ttl)',
        ExpressionAttributeNames: { '#count': 'attempts', '#ttl': TTL_ATTRIBUTE },
        // Expired windows are deleted by DynamoDB's TTL sweeper, free of charge.
        ExpressionAttributeValues: { ':one': 1, ':ttl': Math.ceil(((window + 2) * windowMs) / 1000) },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(response.Attributes?.attempts ?? 1);
  }

  /** Raw AttributeValue pages: the snapshot reads them directly, skipping a second conversion of a million items. */
  private async *scanSegment(segment: number, totalSegments: number, options: ScanOptions, projection?: readonly string[]): AsyncIterable<Array<Record<string, AttributeValue>>> {
    let startKey: Record<string, AttributeValue> | undefined;
    const projected = projection ? Object.fromEntries(projection.map((name, index) => [`#p${index}`, name])) : {};
    do {
      const response: RawScanOutput = await this.client.send(
        new RawScanCommand({
          TableName: this.tableName,
          Segment: segment,
          TotalSegments: totalSegments,
          ExclusiveStartKey: startKey,
          ...(this.pageLimit ? { Limit: this.pageLimit } : {}),
          FilterExpression: options.status ? 'begins_with(#pk, :prefix) AND #status = :status' : 'begins_with(#pk, :prefix)',
          ExpressionAttributeNames: { '#pk': TABLE_KEY, ...(options.status ? { '#status': 'status' } : {}), ...projected },
          ...(projection ? { ProjectionExpression: Object.keys(projected).join(', ') } : {}),
          ExpressionAttributeValues: { ':prefix': { S: SUBSCRIBER_PREFIX }, ...(options.status ? { ':status': { S: options.status } } : {}) },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.stats.requests += 1;
      this.stats.items += response.Count ?? 0;
      this.stats.scannedItems += response.ScannedCount ?? 0;
      this.stats.capacityUnits += response.ConsumedCapacity?.CapacityUnits ?? 0;
      if (response.Items && response.Items.length > 0) yield response.Items;
      startKey = response.LastEvaluatedKey;
    } while (startKey);
  }

  private toRecord(item: Record<string, unknown>): SubscriberRecord {
    const { [TABLE_KEY]: key, ...rest } = item;
    const where = `${this.location} item ${typeof key === 'string' ? `#${addressHash(key.slice(SUBSCRIBER_PREFIX.length))}` : '?'}`;
    const record = parseSubscriberRecord(rest, where);
    if (key !== itemKey(record.email)) throw new CorruptSubscriberRecordError(`${where} holds the record of another address`);
    return record;
  }
}

/** A map attribute of strings; anything else is left for parseRecipient to refuse. */
function stringMap(value: AttributeValue): unknown {
  if (!value.M) return value;
  const map = Object.create(null) as Record<string, unknown>;
  for (const [name, entry] of Object.entries(value.M)) map[name] = entry.S ?? entry;
  return map;
}

/** The table as the stack creates it (key schema, on-demand): for emulators in tests and the bench. */
export function subscriberTableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    AttributeDefinitions: [{ AttributeName: TABLE_KEY, AttributeType: 'S' }],
    KeySchema: [{ AttributeName: TABLE_KEY, KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  };
}

function itemKey(email: string): string {
  return `${SUBSCRIBER_PREFIX}${addressKey(email)}`;
}

/**
 * Interleaves the pages of several segment scans as they arrive. Each
 * segment is read one page ahead at most, so memory stays at about one page
 * per segment however large the table.
 */
async function* mergePages<T>(sources: Array<AsyncIterable<T>>): AsyncIterable<T> {
  const iterators = sources.map((source) => source[Symbol.asyncIterator]());
  const pending = new Map<number, Promise<{ index: number; result: IteratorResult<T> }>>();
  const pull = (index: number) => pending.set(index, iterators[index]!.next().then((result) => ({ index, result })));
  iterators.forEach((_, index) => pull(index));
  try {
    while (pending.size > 0) {
      const { index, result } = await Promise.race(pending.values());
      if (result.done) {
        pending.delete(index);
        continue;
      }
      pull(index);
      yield result.value;
    }
  } finally {
    // The consumer stopped early: let the other segments finish their request and end.
    await Promise.allSettled([...pending.keys()].map(async (index) => iterators[index]!.return?.()));
  }
}
