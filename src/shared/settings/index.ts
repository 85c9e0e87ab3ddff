// The user's settings: shape and reader (./schema.ts), storage (./store.ts), export and
// import (./transfer.ts). The user's own template language is in src/templates/user-templates.ts.
export * from './schema';
export * from './store';
export * from './transfer';
