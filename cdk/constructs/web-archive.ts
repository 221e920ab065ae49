import { Duration, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { BUCKET_PREFIXES } from '../../functions/contracts/bucket-layout.js';

const ARCHIVE_PREFIX = BUCKET_PREFIXES.archive;

export interface WebArchiveProps {
  /** The digest bucket; it stays private, and the distribution may read only `archive/*`. */
  readonly bucket: s3.IBucket;
  /** A custom domain, e.g. `digest.example.org`. @default the distribution's own `*.cloudfront.net` domain */
  readonly domainName?: string;
  /** ACM certificate (us-east-1) for `domainName`. Required with it. */
  readonly certificateArn?: string;
}

/** An issue page never changes once published: a year, immutable. */
const ISSUE_MAX_AGE = Duration.days(365);
/** The index and the feed change with every issue. */
const INDEX_MAX_AGE = Duration.minutes(5);

/**
 * The public web archive: a CloudFront distribution in front of the bucket's
 * `archive/` prefix (functions/core/archive/), where the freeze step
 * publishes each issue's page, the index and the Atom feed.
 *
 * - The bucket stays private. The distribution reads it through origin access
 *   control, and the bucket policy lets it read `archive/*` and nothing else:
 *   subscriber lists, suppressions and ledgers are in the same bucket.
 * - HTTPS only (HTTP redirects), TLS 1.2+ on a custom domain.
 * - `/` redirects to `/archive/`; folder URLs serve their `index.html`;
 *   anything outside `/archive/` and the per-issue `entry.json` are 404 at the edge.
 * - Issue pages are cached for a year as immutable; the index and feed for five minutes.
 * - Security headers on every response: HSTS, a CSP that allows no script, nosniff,
 *   no framing, a strict referrer policy.
 */
export class WebArchive extends Construct {
  readonly distribution: cloudfront.Distribution;
  /** `https://<domain>`: the default site URL the emails link to. */
  readonly siteUrl: string;
  /** `https://<domain>/archive`: the base of every issue's page (`DIGEST_ARCHIVE_URL`). */
  readonly archiveUrl: string;

  constructor(scope: Construct, id: string, props: WebArchiveProps) {
    super(scope, id);
    if (Boolean(props.domainName) !== Boolean(props.certificateArn)) {
      throw new Error('WebArchive: domainName and certificateArn go together');
    }
    const archivePath = `/${ARCHIVE_PREFIX}`;

    const originAccess = new cloudfront.S3OriginAccessControl(this, 'OriginAccess', {
      description: 'The web archive reads archive/* from the digest bucket.',
      signing: cloudfront.Signing.SIGV4_ALWAYS,
    });
    const origin = new ArchiveBucketOrigin(props.bucket, originAccess.originAccessControlId);

    const paths = new cloudfront.Function(this, 'Paths', {
      comment: 'Serves /archive/ only; folder URLs to index.html; / to /archive/.',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(viewerRequestCode(archivePath)),
    });
    const functionAssociations = [{ function: paths, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }];

    const behaviour = (name: string, maxAge: Duration, cacheControl: string): cloudfront.BehaviorOptions => ({
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
      cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,
      compress: true,
      functionAssociations,
      cachePolicy: new cloudfront.CachePolicy(this, `${name}CachePolicy`, {
        comment: `Web archive ${name.toLowerCase()}: cached for ${maxAge.toHumanString()}.`,
        defaultTtl: maxAge,
        maxTtl: maxAge,
        minTtl: Duration.seconds(0),
        enableAcceptEncodingGzip: true,
        enableAcceptEncodingBrotli: true,
      }),
      responseHeadersPolicy: new cloudfront.ResponseHeadersPolicy(this, `${name}Headers`, {
        comment: `Web archive ${name.toLowerCase()}: security headers and Cache-Control.`,
        securityHeadersBehavior: {
          strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, preload: false, override: true },
          contentSecurityPolicy: {
            contentSecurityPolicy: "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; font-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            override: true,
          },
          contentTypeOptions: { override: true },
          frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
          referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        },
        customHeadersBehavior: { customHeaders: [{ header: 'Cache-Control', value: cacheControl, override: true }] },
        removeHeaders: ['Server', 'x-amz-server-side-encryption', 'x-amz-version-id'],
      }),
    });

    const custom = props.domainName && props.certificateArn ? { domainName: props.domainName, certificateArn: props.certificateArn } : undefined;
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Daily digest web archive (archive/ of the digest bucket).',
      defaultBehavior: behaviour('Index', INDEX_MAX_AGE, `public, max-age=${INDEX_MAX_AGE.toSeconds()}`),
      additionalBehaviors: {
        // Issue pages: archive/<YYYY-MM-DD>/…
        [`${ARCHIVE_PREFIX}2*`]: behaviour('Issues', ISSUE_MAX_AGE, `public, max-age=${ISSUE_MAX_AGE.toSeconds()}, immutable`),
      },
      // Without ListBucket, S3 answers a missing key with 403: cache those answers briefly, like 404s.
      errorResponses: [403, 404].map((httpStatus) => ({ httpStatus, ttl: Duration.minutes(1) })),
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      // The TLS policy can only be chosen with a custom certificate; the *.cloudfront.net one is fixed.
      ...(custom
        ? {
            domainNames: [custom.domainName],
            certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', custom.certificateArn),
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });

    // The only way into the bucket from outside: this distribution, GetObject, archive/*.
    props.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'WebArchiveReadsArchiveOnly',
        principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com')],
        actions: ['s3:GetObject'],
        resources: [props.bucket.arnForObjects(`${ARCHIVE_PREFIX}*`)],
        conditions: { StringEquals: { 'AWS:SourceArn': this.distribution.distributionArn } },
      }),
    );

    const domain = custom?.domainName ?? this.distribution.distributionDomainName;
    this.siteUrl = `https://${domain}`;
    this.archiveUrl = `https://${domain}${archivePath.replace(/\/$/, '')}`;

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'A public newsletter archive is meant to be readable from every country; there is nothing to geo-restrict.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason: 'Static, read-only pages (GET/HEAD only) behind CloudFront caching; no forms, logins or dynamic origin for a WAF to protect.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason: 'CloudFront standard logs need an ACL-enabled bucket; every bucket in this stack enforces bucket-owner ownership with ACLs disabled. The S3 server access logs record every origin read.',
      },
      ...(custom
        ? []
        : [
            {
              id: 'AwsSolutions-CFR4',
              reason: 'Without a custom domain CloudFront serves its own *.cloudfront.net certificate, whose TLS policy cannot be set; with archiveDomainName the distribution requires TLS 1.2 (TLSv1.2_2021).',
            },
          ]),
    );
  }
}

/** An S3 REST origin signed by origin access control, without the library's bucket-wide read grant. */
class ArchiveBucketOrigin extends cloudfront.OriginBase {
  constructor(bucket: s3.IBucket, originAccessControlId: string) {
    super(bucket.bucketRegionalDomainName, { originAccessControlId });
  }

  protected override renderS3OriginConfig(): cloudfront.CfnDistribution.S3OriginConfigProperty {
    // Origin access control replaces the legacy identity: the field must be present and empty.
    return { originAccessIdentity: '' };
  }
}

/** CloudFront Functions (cloudfront-js-2.0): maps clean URLs onto the archive's objects. */
function viewerRequestCode(archivePath: string): string {
  return `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var archive = ${JSON.stringify(archivePath)};
  if (uri === '/' || uri === '') {
    return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: archive } } };
  }
  if (uri.indexOf(archive) !== 0 || uri.indexOf('..') !== -1 || /\\.json$/.test(uri)) {
    return { statusCode: 404, statusDescription: 'Not Found' };
  }
  if (/^\\/archive\\/\\d{4}-\\d{2}-\\d{2}$/.test(uri)) {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' } } };
  }
  if (uri.charAt(uri.length - 1) === '/') request.uri = uri + 'index.html';
  return request;
}
`;
}
