/** dynalite ships no types; the harness uses only its server factory. */
declare module 'dynalite' {
  import type { Server } from 'node:http';
  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }
  export default function dynalite(options?: DynaliteOptions): Server;
}

declare module 'dynalite/db/index.js' {
  const db: { itemSize: (item: unknown, compress?: boolean, addMetaSize?: boolean) => number };
  export default db;
}
