export * from './localTest.ts'
export * from './experiment/index.ts'
