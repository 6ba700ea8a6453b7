export * from './due';
export * from './terms';
