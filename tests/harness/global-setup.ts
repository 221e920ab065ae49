import type { TestProject } from 'vitest/node';
import { startDynamoDbEmulator } from './dynamodb-emulator.js';
import { startS3Emulator } from './s3-emulator.js';
import { startSesEmulator } from './ses-emulator.js';

/**
 * Starts the S3, SES and DynamoDB emulators once per test run, in this
 * process, on random ports of 127.0.0.1, and hands their endpoints to the
 * test files through `inject('s3Endpoint')` / `inject('sesEndpoint')` /
 * `inject('dynamodbEndpoint')`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const s3 = await startS3Emulator();
  let ses;
  let dynamodb;
  try {
    ses = await startSesEmulator();
    dynamodb = await startDynamoDbEmulator();
  } catch (error) {
    // A half-started harness would keep the run from exiting.
    await Promise.all([s3.stop(), ses?.stop()]);
    throw error;
  }
  project.provide('s3Endpoint', s3.endpoint);
  project.provide('sesEndpoint', ses.endpoint);
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  return async () => {
    await Promise.all([s3.stop(), ses.stop(), dynamodb.stop()]);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    s3Endpoint: string;
    sesEndpoint: string;
    dynamodbEndpoint: string;
  }
}
