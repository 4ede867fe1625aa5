import type { ReactNode } from 'react'
import type { NodeType } from '../../model'

/**
 * Our own line icons, one per node type (deliberately not AWS's icon set): 24×24, drawn with currentColor so they
 * follow the theme. Shapes say what the thing does: a bucket, a queue of messages, a stream of waves, λ for code.
 */
const PATHS: Record<NodeType, ReactNode> = {
  apiGateway: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M3 9h18M8 14h8M13 12l3 2-3 2" />
    </>
  ),
  client: (
    <>
      <rect x="4" y="5" width="16" height="11" rx="1.5" />
      <path d="M2 19h20M8 10l2 1.5L8 13M12 13h3" />
    </>
  ),
  cognito: (
    <>
      <circle cx="12" cy="8.5" r="3.5" />
      <path d="M5 20c.8-4 3.6-6 7-6s6.2 2 7 6" />
    </>
  ),
  lex: <path d="M4 5h16v11H10l-5 4v-4H4z M8 10h8M8 13h5" />,
  alexa: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M9 15.5a4 4 0 1 1 6-3.5v3.5" />
    </>
  ),
  s3: (
    <>
      <ellipse cx="12" cy="6" rx="7.5" ry="2.5" />
      <path d="M4.5 6l1.8 12.2c.3 1.7 11.1 1.7 11.4 0L19.5 6" />
    </>
  ),
  sns: (
    <>
      <circle cx="6" cy="12" r="2.2" />
      <path d="M8 11l9-5M8.2 12H18M8 13l9 5" />
      <circle cx="19" cy="5.5" r="1.6" />
      <circle cx="19.8" cy="12" r="1.6" />
      <circle cx="19" cy="18.5" r="1.6" />
    </>
  ),
  eventBridge: (
    <>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 3v6M12 15v6M3 12h6M15 12h6" />
      <path d="M10 5l2-2 2 2M10 19l2 2 2-2" />
    </>
  ),
  cloudWatchLogs: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M15 3v4h4M9 11h7M9 14h7M9 17h4" />
    </>
  ),
  cloudFormation: <path d="M12 3l8 4-8 4-8-4zM4 12l8 4 8-4M4 16.5l8 4 8-4" />,
  ses: (
    <>
      <rect x="3" y="6" width="18" height="12" rx="1.5" />
      <path d="M3.5 7l8.5 6.5L20.5 7" />
    </>
  ),
  codeCommit: (
    <>
      <circle cx="7" cy="6" r="2.2" />
      <circle cx="7" cy="18" r="2.2" />
      <circle cx="17" cy="9" r="2.2" />
      <path d="M7 8.2v7.6M17 11.2c0 3-4 3.5-8.4 5.6" />
    </>
  ),
  config: (
    <>
      <rect x="4" y="4" width="16" height="16" rx="2" />
      <path d="M8 9l1.5 1.5L12 8M8 15l1.5 1.5L12 14M14 9.5h3M14 15.5h3" />
    </>
  ),
  kinesis: <path d="M3 7c3-2 6 2 9 0s6-2 9 0M3 12c3-2 6 2 9 0s6-2 9 0M3 17c3-2 6 2 9 0s6-2 9 0" />,
  dynamoDbStream: (
    <>
      <ellipse cx="10" cy="5.5" rx="6" ry="2.3" />
      <path d="M4 5.5v11c0 1.3 2.7 2.3 6 2.3M16 5.5V10" />
      <path d="M12 15c2-1.5 3.5 1.5 5.5 0s3 0 3 0M12 19c2-1.5 3.5 1.5 5.5 0s3 0 3 0" />
    </>
  ),
  sqs: (
    <>
      <path d="M2.5 7h19M2.5 17h19" />
      <rect x="4.5" y="9.5" width="4" height="5" rx="0.8" />
      <rect x="10" y="9.5" width="4" height="5" rx="0.8" />
      <rect x="15.5" y="9.5" width="4" height="5" rx="0.8" />
    </>
  ),
  lambda: <path d="M6 4h3.2l7.8 16H20M12.3 10.8L6.5 20" />,
  vpc: (
    <>
      <path d="M7 18a4 4 0 0 1-.6-7.95A5.5 5.5 0 0 1 17 8.6 4.7 4.7 0 0 1 17 18z" />
      <rect x="9.5" y="12" width="5" height="4" rx="0.6" />
      <path d="M10.5 12v-1.3a1.5 1.5 0 0 1 3 0V12" />
    </>
  ),
  account: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="11" r="2.2" />
      <path d="M5.8 16.5c.5-1.8 1.7-2.7 3.2-2.7s2.7.9 3.2 2.7M14.5 10h4M14.5 13.5h3" />
    </>
  ),
  rds: (
    <>
      <ellipse cx="12" cy="5.5" rx="7" ry="2.5" />
      <path d="M5 5.5v13c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5v-13M5 12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5" />
    </>
  ),
  elastiCache: (
    <>
      <ellipse cx="12" cy="5.5" rx="7" ry="2.5" />
      <path d="M5 5.5v13c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5v-13M13 9.5l-3 5h4l-3 4.5" />
    </>
  ),
  dynamoDbTable: (
    <>
      <rect x="3.5" y="4.5" width="17" height="15" rx="1.5" />
      <path d="M3.5 9h17M3.5 14h17M9.5 9v10.5" />
    </>
  ),
}

export function ServiceIcon({ type, size = 24 }: { type: NodeType; size?: number }) {
  return (
    <svg
      className="service-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[type]}
    </svg>
  )
}
