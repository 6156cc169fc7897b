/** The whole database schema, one module per area. */
export * from './facilities';
export * from './prisoners';
export * from './letters';
export * from './work';
export * from './people';
export * from './jobs';
export * from './translation-memory';
export * from './rate-limits';
