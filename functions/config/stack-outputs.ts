/**
 * Output keys of the deployed stack. `cdk/` declares them; the CLI finds the
 * state machine and the bucket by them, with the editor's own credentials.
 */
export const STACK_OUTPUTS = {
  stateMachineArn: 'StateMachineArn',
  bucketName: 'BucketName',
  unsubscribeUrl: 'UnsubscribeUrl',
  editorsPolicyArn: 'EditorsPolicyArn',
  alarmTopicArn: 'AlarmTopicArn',
  /** The SES identity the functions send from: `digest send` checks it is verified before starting. */
  sesIdentity: 'SesIdentity',
  /** The configured send rate: `digest send` checks the list fits the run and the rate fits the account. */
  sendRate: 'SendRate',
  subscribersTableName: 'SubscribersTableName',
  signupUrl: 'SignupUrl',
} as const;

export const DEFAULT_STACK_NAME = 'DailyDigest';
