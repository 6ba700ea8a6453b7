export * from './count-tables';
export * from './figures';
export * from './lead-times';
export * from './periods';
export * from './suppression';
export * from './views';
export * from './figure-facts';
