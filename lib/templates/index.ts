/** Push templates: the reusable part of a push form, saved under a name, and filled back in. */
export * from './plan';
export * from './schema';
export * from './store';
export * from './transfer';
