import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface DigestResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `digest …` as a user does (`npm run digest -- …`), in its own process
 * from the project root, with the test's environment on top of this one's.
 */
export function runDigest(args: string[], env: Record<string, string | undefined> = {}): Promise<DigestResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'functions/cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

/** An editor's AWS session as the cloud commands see it; the stand-ins accept any credentials. */
export const EDITOR_SESSION = { AWS_ACCESS_KEY_ID: 'editor', AWS_SECRET_ACCESS_KEY: 'editor-secret', AWS_REGION: 'eu-west-1' } as const;
