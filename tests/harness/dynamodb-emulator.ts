import type { Server } from 'node:http';
import dynalite from 'dynalite';
import { loopbackEndpoint } from './loopback-server.js';

/**
 * dynalite serves the DynamoDB API (conditional writes, parallel Scan
 * segments, consumed capacity) from memory, in this process, on a random
 * port of 127.0.0.1. Tables are created instantly.
 */
export interface DynamoDbEmulator {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startDynamoDbEmulator(): Promise<DynamoDbEmulator> {
  const server: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return loopbackEndpoint(server, 'dynalite');
}
