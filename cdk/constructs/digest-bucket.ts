import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { BUCKET_PREFIXES, type BucketArea } from '../../functions/contracts/bucket-layout.js';

export interface DigestBucketProps {
  /** Days after which `issues/…` (ledgers, reports, recipient snapshots) expire. */
  readonly issueRetentionDays: number;
  /** Days after which `articles/…` expire. */
  readonly articleRetentionDays: number;
  /** @default 30 */
  readonly noncurrentVersionDays?: number;
}

/** Every key in one area of the bucket (`issues/*`): what grants, conditions and cdk-nag findings name. */
export function keysIn(area: BucketArea): string {
  return `${BUCKET_PREFIXES[area]}*`;
}

/** The ARN of every object in one area of the bucket (`<bucket ARN>/issues/*`). */
export function objectsIn(bucket: s3.IBucket, area: BucketArea): string {
  return bucket.arnForObjects(keysIn(area));
}

/**
 * The one bucket, laid out as functions/contracts/bucket-layout.ts says:
 * articles in, the subscriber list and suppressions, issues and the web
 * archive out, and the Distributed Map's results.
 *
 * Private, SSE-S3, TLS only, versioned (an overwritten subscriber list or
 * ledger can be recovered), with its server access logs in a second bucket.
 * Retained when the stack is deleted: it holds the subscriber list.
 */
export class DigestBucket extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: DigestBucketProps) {
    super(scope, id);
    // Grant log delivery by bucket policy rather than ACL, so both buckets can
    // keep ACLs disabled (BucketOwnerEnforced).
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const noncurrentDays = props.noncurrentVersionDays ?? 30;

    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      // Server access log delivery only supports SSE-S3 on the target bucket.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it into itself would loop.',
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'digest-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'expire-old-issues',
          prefix: BUCKET_PREFIXES.issues,
          expiration: Duration.days(props.issueRetentionDays),
        },
        {
          // The Distributed Map's per-run results (counts only): kept a month for inspection.
          id: 'expire-map-results',
          prefix: BUCKET_PREFIXES.mapResults,
          expiration: Duration.days(30),
        },
        {
          id: 'expire-old-articles',
          prefix: BUCKET_PREFIXES.articles,
          expiration: Duration.days(props.articleRetentionDays),
        },
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: Duration.days(noncurrentDays),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
    });
  }
}
