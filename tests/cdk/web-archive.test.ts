import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../functions/config/env-names.js';
import { SettingsError } from '../../cdk/settings.js';
import { build, flatten, synthesize } from './support.js';

 
type Resource = { Properties: Record<string, any> };

function only(template: Template, type: string): Resource {
  const resources = Object.values(template.findResources(type)) as Resource[];
  expect(resources).toHaveLength(1);
  return resources[0]!;
}

function logicalIdOf(template: Template, type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

/** The viewer-request function, run as CloudFront runs it (cloudfront-js-2.0 is plain JavaScript). */
function viewerRequest(template: Template): (uri: string) => { statusCode?: number; headers?: Record<string, { value: string }>; uri?: string } {
  const code: string = only(template, 'AWS::CloudFront::Function').Properties.FunctionCode;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const handler = new Function(`${code}\nreturn handler;`)() as (event: unknown) => Record<string, unknown>;
  return (uri) => handler({ request: { uri, headers: {} } });
}

describe('the web archive distribution (cdk.json defaults)', () => {
  let template: Template;
  let distributionId: string;
  let distribution: Resource;

  beforeAll(() => {
    ({ template } = synthesize());
    distributionId = logicalIdOf(template, 'AWS::CloudFront::Distribution');
    distribution = only(template, 'AWS::CloudFront::Distribution');
  });

  it('reads the private bucket through origin access control, signing every request', () => {
    const oacId = logicalIdOf(template, 'AWS::CloudFront::OriginAccessControl');
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const [origin, ...others] = distribution.Properties.DistributionConfig.Origins;
    expect(others).toEqual([]);
    expect(flatten(origin.DomainName)).toMatch(/^#\{DataBucket[0-9A-F]+\.RegionalDomainName\}$/);
    expect(flatten(origin.OriginAccessControlId)).toBe(`#{${oacId}.Id}`);
    expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
    });
  });

  it('lets the distribution read archive/* and nothing else in the bucket', () => {
    const statements = Object.values(template.findResources('AWS::S3::BucketPolicy')).flatMap(
      (policy) => (policy as Resource).Properties.PolicyDocument.Statement as Array<Resource['Properties']>,
    );
    const forCloudFront = statements.filter((statement) => statement.Principal?.Service === 'cloudfront.amazonaws.com');
    expect(forCloudFront).toHaveLength(1);
    const [grant] = forCloudFront;
    expect(grant!.Effect).toBe('Allow');
    expect(grant!.Action).toBe('s3:GetObject');
    expect(flatten(grant!.Resource)).toMatch(/^#\{DataBucket[0-9A-F]+\.Arn\}\/archive\/\*$/);
    expect(flatten(grant!.Condition.StringEquals['AWS:SourceArn'])).toBe(`arn:#{AWS::Partition}:cloudfront::#{AWS::AccountId}:distribution/#{${distributionId}}`);
    expect(statements.filter((statement) => statement.Effect === 'Allow' && statement.Principal === '*')).toEqual([]);
  });

  it('serves HTTPS only, GET and HEAD only, compressed', () => {
    const config = distribution.Properties.DistributionConfig;
    for (const behaviour of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behaviour.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(behaviour.AllowedMethods).toEqual(['GET', 'HEAD']);
      expect(behaviour.Compress).toBe(true);
    }
  });

  it('caches issue pages for a year as immutable and the index and feed for five minutes', () => {
    const config = distribution.Properties.DistributionConfig;
    expect(config.CacheBehaviors.map((b: { PathPattern: string }) => b.PathPattern)).toEqual(['archive/2*']);
    const policies = template.findResources('AWS::CloudFront::CachePolicy') as Record<string, Resource>;
    const ttl = (ref: unknown) => policies[flatten(ref).replace(/^#\{(.*)\}$/, '$1')]!.Properties.CachePolicyConfig;
    expect(ttl(config.CacheBehaviors[0].CachePolicyId)).toMatchObject({ DefaultTTL: 31_536_000, MaxTTL: 31_536_000, MinTTL: 0 });
    expect(ttl(config.DefaultCacheBehavior.CachePolicyId)).toMatchObject({ DefaultTTL: 300, MaxTTL: 300 });
    const headers = template.findResources('AWS::CloudFront::ResponseHeadersPolicy') as Record<string, Resource>;
    const cacheControl = (ref: unknown) =>
      headers[flatten(ref).replace(/^#\{(.*)\}$/, '$1')]!.Properties.ResponseHeadersPolicyConfig.CustomHeadersConfig.Items[0];
    expect(cacheControl(config.CacheBehaviors[0].ResponseHeadersPolicyId)).toEqual({ Header: 'Cache-Control', Value: 'public, max-age=31536000, immutable', Override: true });
    expect(cacheControl(config.DefaultCacheBehavior.ResponseHeadersPolicyId)).toEqual({ Header: 'Cache-Control', Value: 'public, max-age=300', Override: true });
  });

  it('sends security headers on every response: HSTS, a CSP without scripts, nosniff, no framing, a strict referrer policy', () => {
    const policies = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy')) as Resource[];
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      const security = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
      expect(security.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true });
      expect(security.ContentSecurityPolicy.ContentSecurityPolicy).toMatch(/^default-src 'none';/);
      expect(security.ContentSecurityPolicy.ContentSecurityPolicy).not.toMatch(/script-src/);
      expect(security.ContentTypeOptions).toEqual({ Override: true });
      expect(security.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
      expect(security.ReferrerPolicy).toEqual({ ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true });
    }
  });

  it('maps clean URLs onto the archive and answers 404 outside it', () => {
    const route = viewerRequest(template);
    expect(route('/')).toMatchObject({ statusCode: 302, headers: { location: { value: '/archive/' } } });
    expect(route('/archive/')).toMatchObject({ uri: '/archive/index.html' });
    expect(route('/archive/2026-11-26/')).toMatchObject({ uri: '/archive/2026-11-26/index.html' });
    expect(route('/archive/2026-11-26')).toMatchObject({ statusCode: 301, headers: { location: { value: '/archive/2026-11-26/' } } });
    expect(route('/archive/feed.xml')).toMatchObject({ uri: '/archive/feed.xml' });
    for (const outside of ['/issues/2026-11-26/recipients.csv', '/subscribers/subscribers.csv', '/archive/2026-11-26/entry.json', '/archive/../issues/x']) {
      expect(route(outside)).toMatchObject({ statusCode: 404 });
    }
  });

  it('makes the distribution\'s domain the site URL and the archive URL the functions put in every email', () => {
    const domain = `#{${distributionId}.DomainName}`;
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [ENV.siteUrl]: Match.anyValue(), [ENV.archiveUrl]: Match.anyValue() }) },
    });
    const functions = Object.values(template.findResources('AWS::Lambda::Function')) as Resource[];
    const variables = functions.map((fn) => fn.Properties.Environment?.Variables).filter((v) => v?.[ENV.archiveUrl]);
    expect(variables.length).toBeGreaterThanOrEqual(6);
    for (const env of variables) {
      expect(flatten(env[ENV.siteUrl])).toBe(`https://${domain}`);
      expect(flatten(env[ENV.archiveUrl])).toBe(`https://${domain}/archive`);
    }
    expect(distribution.Properties.DistributionConfig.Aliases).toBeUndefined();
  });
});

describe('the web archive with context', () => {
  it('serves a custom domain with its certificate over TLS 1.2+, and makes it the site URL', () => {
    const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
    const { template } = synthesize({ archiveDomainName: 'digest.example.org', archiveCertificateArn: certificateArn });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['digest.example.org'],
        ViewerCertificate: { AcmCertificateArn: certificateArn, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
      }),
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [ENV.siteUrl]: 'https://digest.example.org', [ENV.archiveUrl]: 'https://digest.example.org/archive' }) },
    });
  });

  it('keeps a siteUrl given in context for the site, with the archive still on the distribution', () => {
    const { template } = synthesize({ siteUrl: 'https://news.example.org' });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [ENV.siteUrl]: 'https://news.example.org' }) },
    });
  });

  it('refuses a custom domain without its certificate, or a certificate outside us-east-1', () => {
    expect(() => build({ archiveDomainName: 'digest.example.org' })).toThrow(/archiveDomainName and archiveCertificateArn go together/);
    expect(() => build({ archiveDomainName: 'digest.example.org', archiveCertificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/abc' })).toThrow(SettingsError);
  });
});
