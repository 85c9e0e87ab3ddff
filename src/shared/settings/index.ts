// The user's settings: shape and reader (./schema.ts), storage (./store.ts: the truth in
// storage.local, a mirror of what fits in storage.sync, copies kept before any rewrite),
// export and import (./transfer.ts). The user's own template language is in
// src/templates/user-templates.ts.
export * from './schema';
export * from './store';
export * from './transfer';
export { itemBytes, syncLimits } from './areas';
