import type { Server } from 'node:http';

/** An emulator's endpoint on 127.0.0.1 and a stop that does not wait for idle keep-alive sockets. */
export function loopbackEndpoint(server: Server, name: string): { endpoint: string; stop(): Promise<void> } {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`${name} did not report a TCP address`);
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        // Some emulators never answer some calls (SES GetSendQuota): those sockets would keep close() waiting.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
