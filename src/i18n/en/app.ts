export const app = {
  name: 'Lambdascope',
  tagline: 'See how AWS Lambda invokes functions — and what happens when they fail.',
  skipToCanvas: 'Skip to canvas',
} as const
