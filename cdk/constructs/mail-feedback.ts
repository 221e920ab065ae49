import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface MailFeedbackProps {
  /** The verified SES identity (domain or address); imported, never created here. */
  readonly identity: string;
  readonly configurationSetName: string;
  /** Encrypts the bounce/complaint topic; its key policy must admit SES. */
  readonly topicKey: kms.IKey;
}

/**
 * The SES side of the stack.
 *
 * The identity is imported by name (`EmailIdentity.fromEmailIdentityName`),
 * not created: verifying a domain needs DNS records (DKIM, MAIL FROM) and
 * production access is granted per account out of band; a stack that owned
 * the identity would also un-verify it on `cdk destroy`.
 *
 * The configuration set is created here, with an event destination that sends
 * BOUNCE and COMPLAINT events to an encrypted SNS topic, which the feedback
 * function subscribes to.
 */
export class MailFeedback extends Construct {
  readonly identity: ses.IEmailIdentity;
  readonly identityArn: string;
  readonly configurationSet: ses.ConfigurationSet;
  readonly configurationSetArn: string;
  readonly topic: sns.Topic;

  constructor(scope: Construct, id: string, props: MailFeedbackProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.identity = ses.EmailIdentity.fromEmailIdentityName(this, 'Identity', props.identity);
    this.identityArn = stack.formatArn({ service: 'ses', resource: 'identity', resourceName: props.identity });

    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: props.configurationSetName,
      reputationMetrics: true,
      sendingEnabled: true,
      // SES's account-level suppression list as a second net under our own.
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSetArn = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: props.configurationSetName,
    });

    this.topic = new sns.Topic(this, 'BounceComplaintTopic', {
      displayName: 'Daily digest bounces and complaints',
      masterKey: props.topicKey,
      enforceSSL: true,
    });
    this.configurationSet.addEventDestination('BounceComplaint', {
      destination: ses.EventDestination.snsTopic(this.topic),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
    });
  }
}

/**
 * The customer-managed key for both SNS topics (SES feedback and alarms). The
 * AWS-managed `alias/aws/sns` key cannot be used by service principals, so SES
 * and CloudWatch are admitted here, scoped to this account.
 */
export function createTopicKey(scope: Construct, id: string): kms.Key {
  const key = new kms.Key(scope, id, {
    description: 'Encrypts the daily digest SNS topics (SES feedback, alarms)',
    enableKeyRotation: true,
  });
  const account = Stack.of(scope).account;
  for (const service of ['ses.amazonaws.com', 'cloudwatch.amazonaws.com']) {
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: `Allow${service.split('.')[0]!.toUpperCase()}ToPublish`,
        principals: [new iam.ServicePrincipal(service)],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
  }
  return key;
}

