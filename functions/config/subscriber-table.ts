/**
 * The shape of the DynamoDB subscriber table, shared by the CDK construct
 * that creates it, the adapter that reads it, and the test harness.
 */
export const SUBSCRIBER_TABLE = {
  /** The partition key (string): `sub#<address>` for records, `rate#…` for rate-limit counters. */
  partitionKey: 'pk',
  /** Epoch seconds after which DynamoDB deletes the item (rate-limit counters only). */
  ttlAttribute: 'expiresAt',
} as const;
