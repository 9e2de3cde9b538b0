export * from './rounding.js';
export * from './minutes.js';
