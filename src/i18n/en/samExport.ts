/** Export as an AWS SAM template and as a runnable experiment (#18). AWS terms stay English in every language. */
export const samExport = {
  exportSam: 'Export SAM template…',
  exportExperiment: 'Export runnable experiment…',
  samTitle: 'AWS SAM template',
  samIntro:
    'Everything on the canvas as a template you can deploy with sam deploy. It goes one way: importing it back gives the architecture, not the traffic or faults.',
  yamlLabel: 'template.yaml',
  copy: 'Copy',
  copied: 'Template copied to the clipboard.',
  copyFailed: 'The browser refused the clipboard: select the text and copy it, or download the file.',
  download: 'Download template.yaml',
  downloaded: 'Downloaded {{name}}.',
  experimentTitle: 'Runnable experiment',
  experimentIntro:
    'Run this scenario on your own AWS account and compare: a SAM template, one handler that fails the way the faults say, and a driver that sends the events and prints what AWS did next to what Lambdascope predicted.',
  experimentSteps:
    'Unzip, then: sam build && sam deploy --guided, node driver.mjs --stack <name>, and sam delete when done. It creates real resources in your account.',
  experimentEvents_one: 'The driver sends {{count}} event; predicted attempts: {{attempts}}.',
  experimentEvents_other: 'The driver sends {{count}} events; predicted attempts: {{attempts}}.',
  experimentFiles: 'Files in the zip',
  downloadExperiment: 'Download experiment (.zip)',
  cannotRun:
    'The scenario has errors, so there is no prediction to compare with: fix them first (the canvas lists them).',
  noFunction: 'The scenario has no Lambda function to experiment on.',
  close: 'Close',
  notExpressedTitle_one: 'Not expressed in the template ({{count}})',
  notExpressedTitle_other: 'Not expressed in the template ({{count}})',
  notExpressedNone: 'Everything on the canvas is in the template.',
  notExpressed: {
    traffic:
      'Traffic “{{what}}”: the events Lambdascope sends are not part of a template (the experiment driver sends them).',
    fault: 'Fault {{what}}: injected failures live in the handler code (the experiment handler plays them).',
    era2018: 'The 2018 era: a template deploys to today’s Lambda; the 2018 behaviour cannot be deployed.',
    simulatedTiming: '{{what}}: a simulated timing; real AWS decides it.',
    handlerBehaviour: '{{what}}: what the handler does is code, not configuration.',
    vpcState: '{{what}}: the function’s VPC state (Pending, Inactive) is AWS’s, not a setting.',
    quota: '{{what}}: an account or VPC quota, raised with Service Quotas, not in a template.',
    ipCount: '{{what}}: free IP addresses approximated by the subnets’ CIDR sizes.',
    streamShards: '{{what}}: DynamoDB decides how many shards a table’s stream has.',
    dbConnections: '{{what}}: the database’s connection limit follows its instance class.',
    otherAccount: '{{what}} lives in another account: referenced by ARN, deploy it there.',
    sourceOutside: '{{what}} is configured outside the template; only the function’s permission is in it.',
    permissionMissing: 'Wire {{what}}: a missing permission cannot be deployed (SAM grants it with the event).',
    permissionLeftOut:
      'Wire {{what}}: its permission is left out, as on the canvas (no AWS::Lambda::Permission): deployed, the calls are refused as simulated.',
    writes: 'Wire {{what}}: the function’s code writes here; code is not in the template.',
    rounded: '{{what}}: rounded up to whole seconds (the template takes seconds).',
    singleSubnet: '{{what}}: RDS and ElastiCache subnet groups need subnets in two Availability Zones.',
  },
}
