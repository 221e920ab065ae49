/**
 * Names of every environment variable the functions read. `cdk/` imports the
 * same constants when it sets them, so a rename cannot drift between the two.
 */
export const ENV = {
  /** `local` (default: working defaults) or `production` (every secret and address must be given). */
  environment: 'DIGEST_ENV',
  /** Optional JSON file with any of the settings below, by their config names. */
  configFile: 'DIGEST_CONFIG_FILE',
  from: 'DIGEST_FROM',
  replyTo: 'DIGEST_REPLY_TO',
  postalAddress: 'DIGEST_POSTAL_ADDRESS',
  siteUrl: 'DIGEST_SITE_URL',
  archiveUrl: 'DIGEST_ARCHIVE_URL',
  timeZone: 'DIGEST_TIME_ZONE',
  testRecipients: 'DIGEST_TEST_RECIPIENTS',
  unsubscribeUrl: 'DIGEST_UNSUBSCRIBE_URL',
  unsubscribeMailto: 'DIGEST_UNSUBSCRIBE_MAILTO',
  listId: 'DIGEST_LIST_ID',
  listName: 'DIGEST_LIST_NAME',
  subjectPrefix: 'DIGEST_SUBJECT_PREFIX',
  language: 'DIGEST_LANGUAGE',
  hmacSecret: 'DIGEST_HMAC_SECRET',
  hmacSecretArn: 'DIGEST_HMAC_SECRET_ARN',
  sizeBudgetBytes: 'DIGEST_SIZE_BUDGET_BYTES',
  sendRate: 'DIGEST_SEND_RATE',
  sendConcurrency: 'DIGEST_SEND_CONCURRENCY',
  bucket: 'DIGEST_BUCKET',
  s3Endpoint: 'DIGEST_S3_ENDPOINT',
  sesEndpoint: 'DIGEST_SES_ENDPOINT',
  sesConfigurationSet: 'DIGEST_SES_CONFIGURATION_SET',
  /** The DynamoDB subscriber table (sign-up endpoint, cloud runs without --subscribers). */
  subscribersTable: 'DIGEST_SUBSCRIBERS_TABLE',
  dynamodbEndpoint: 'DIGEST_DYNAMODB_ENDPOINT',
  /** Public URL of the sign-up endpoint; confirmation links point below it (`…/confirm?token=`). */
  signupUrl: 'DIGEST_SIGNUP_URL',
  /** Comma-separated origins whose pages may post to the sign-up endpoint (default: the site URL's origin). */
  signupOrigins: 'DIGEST_SIGNUP_ORIGINS',
  /** Comma-separated custom fields the sign-up form may set (besides email and name). */
  signupFields: 'DIGEST_SIGNUP_FIELDS',
  region: 'AWS_REGION',
} as const;
