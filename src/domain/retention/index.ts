export * from './due';
export * from './terms';
export * from './views';
