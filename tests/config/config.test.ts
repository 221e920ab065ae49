import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config/config.js';
import { ConfigError } from '../../functions/core/errors.js';

const SECRET = 'a-production-secret-of-at-least-32-characters';

describe('configuration', () => {
  it('works locally with no settings at all', () => {
    const config = loadConfig({ env: {} });
    expect(config.environment).toBe('local');
    expect(config.from).toContain('@');
    expect(config.hmacSecret).toBeTruthy();
    expect(config.sizeBudgetBytes).toBe(95_000);
    expect(config.sendRate).toBeUndefined();
  });

  it('refuses production without an HMAC secret, naming the variables', () => {
    expect(() => loadConfig({ env: { AWS_REGION: 'eu-west-1', DIGEST_ENV: 'production', DIGEST_FROM: 'x@example.org', DIGEST_POSTAL_ADDRESS: '1 Main St', DIGEST_SITE_URL: 'https://example.org', DIGEST_UNSUBSCRIBE_URL: 'https://example.org/u' } })).toThrow(
      /DIGEST_HMAC_SECRET or DIGEST_HMAC_SECRET_ARN is required/,
    );
  });

  it('never gives production a default sender, address or secret', () => {
    expect(() => loadConfig({ env: { DIGEST_ENV: 'production', DIGEST_HMAC_SECRET: SECRET } })).toThrow(ConfigError);
    expect(() => loadConfig({ env: { DIGEST_ENV: 'production', DIGEST_HMAC_SECRET: SECRET } })).toThrow(/from \(DIGEST_FROM\)/);
  });

  it('refuses the local development secret in production', () => {
    const local = loadConfig({ env: {} }).hmacSecret!;
    const env = { AWS_REGION: 'eu-west-1', DIGEST_ENV: 'production', DIGEST_FROM: 'x@news.acme.org', DIGEST_POSTAL_ADDRESS: '1 Main St', DIGEST_SITE_URL: 'https://news.acme.org', DIGEST_UNSUBSCRIBE_URL: 'https://news.acme.org/u', DIGEST_HMAC_SECRET: local };
    expect(() => loadConfig({ env })).toThrow(/local development secret/);
    expect(loadConfig({ env: { ...env, DIGEST_HMAC_SECRET: SECRET } }).environment).toBe('production');
  });

  it('names the variable of an invalid value', () => {
    expect(() => loadConfig({ env: { DIGEST_SIZE_BUDGET_BYTES: 'lots' } })).toThrow(/sizeBudgetBytes \(DIGEST_SIZE_BUDGET_BYTES\)/);
    expect(() => loadConfig({ env: { DIGEST_SITE_URL: 'javascript:alert(1)' } })).toThrow(/siteUrl \(DIGEST_SITE_URL\)/);
    expect(() => loadConfig({ env: { DIGEST_SEND_RATE: '-3' } })).toThrow(/DIGEST_SEND_RATE/);
  });

  it('says what is wrong with a value in words, not just "Invalid input"', () => {
    expect(() => loadConfig({ env: { DIGEST_SIZE_BUDGET_BYTES: '5000' } })).toThrow('sizeBudgetBytes (DIGEST_SIZE_BUDGET_BYTES): Too small: expected number to be >=10000');
    expect(() => loadConfig({ env: { DIGEST_SEND_CONCURRENCY: '2.5' } })).toThrow('sendConcurrency (DIGEST_SEND_CONCURRENCY): Invalid input: expected int, received number');
    expect(() => loadConfig({ env: { DIGEST_SITE_URL: 'not a url' } })).toThrow('siteUrl (DIGEST_SITE_URL): Invalid URL; siteUrl (DIGEST_SITE_URL): must be an http(s) URL');
    expect(() => loadConfig({ env: { DIGEST_UNSUBSCRIBE_MAILTO: 'nobody' } })).toThrow('unsubscribeMailto (DIGEST_UNSUBSCRIBE_MAILTO): Invalid email address');
    expect(() => loadConfig({ overrides: { environment: 'staging' } })).toThrow('environment (DIGEST_ENV): Invalid option: expected one of "local"|"production"');
  });

  it('reads list settings from a comma-separated variable or a list, and names a value that is neither', () => {
    expect(loadConfig({ env: { DIGEST_SIGNUP_ORIGINS: 'https://a.example.org/form, http://b.example.org:8080/,' } }).signupOrigins).toEqual(['https://a.example.org', 'http://b.example.org:8080']);
    expect(loadConfig({ env: {}, overrides: { signupFields: ['City', ' team '] } }).signupFields).toEqual(['city', 'team']);
    expect(() => loadConfig({ env: {}, overrides: { signupOrigins: 7 } })).toThrow('signupOrigins (DIGEST_SIGNUP_ORIGINS): Invalid input: expected a comma-separated string or a list of strings');
    expect(() => loadConfig({ env: { DIGEST_SIGNUP_FIELDS: 'city, 9lives' } })).toThrow('signupFields (DIGEST_SIGNUP_FIELDS): field names: a letter, then letters, digits or _');
  });

  it('reads a JSON file, which environment variables and overrides win over', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'config-'));
    const file = join(dir, 'digest.json');
    await writeFile(file, JSON.stringify({ listName: 'From the file', subjectPrefix: 'File prefix', sendRate: 5 }));
    const config = loadConfig({ env: { DIGEST_CONFIG_FILE: file, DIGEST_SUBJECT_PREFIX: 'Env prefix' }, overrides: { sendRate: 9 } });
    expect(config.listName).toBe('From the file');
    expect(config.subjectPrefix).toBe('Env prefix');
    expect(config.sendRate).toBe(9);
  });

  it('rejects unknown keys in the file, catching typos', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'config-'));
    const file = join(dir, 'digest.json');
    await writeFile(file, JSON.stringify({ sendRat: 5 }));
    expect(() => loadConfig({ env: { DIGEST_CONFIG_FILE: file } })).toThrow(ConfigError);
  });
});

describe('editors\' settings', () => {
  it('reads the test recipients as a validated list, from the environment or a file\'s array', () => {
    expect(loadConfig({ env: {} }).testRecipients).toEqual([]);
    expect(loadConfig({ env: { DIGEST_TEST_RECIPIENTS: ' desk@example.org , chief@example.org ,' } }).testRecipients).toEqual(['desk@example.org', 'chief@example.org']);
    expect(loadConfig({ env: {}, overrides: { testRecipients: ['desk@example.org'] } }).testRecipients).toEqual(['desk@example.org']);
    expect(() => loadConfig({ env: { DIGEST_TEST_RECIPIENTS: 'desk@example.org, evil@example.org\r\nBcc: all@example.org' } })).toThrow(/testRecipients \(DIGEST_TEST_RECIPIENTS\)/);
  });

  it('takes the newsroom\'s time zone as an IANA name, UTC by default', () => {
    expect(loadConfig({ env: {} }).timeZone).toBe('UTC');
    expect(loadConfig({ env: { DIGEST_TIME_ZONE: 'Europe/Berlin' } }).timeZone).toBe('Europe/Berlin');
    expect(() => loadConfig({ env: { DIGEST_TIME_ZONE: 'CEST' } })).toThrow(/timeZone \(DIGEST_TIME_ZONE\)/);
  });

  it('puts the archive under the site unless given, without a trailing slash', () => {
    expect(loadConfig({ env: { DIGEST_SITE_URL: 'https://news.example.org/' } }).archiveUrl).toBe('https://news.example.org/archive');
    expect(loadConfig({ env: { DIGEST_ARCHIVE_URL: 'https://d111.cloudfront.net/archive/' } }).archiveUrl).toBe('https://d111.cloudfront.net/archive');
  });
});
