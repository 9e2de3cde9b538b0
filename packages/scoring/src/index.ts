export * from './rounding.js';
export * from './minutes.js';
export * from './attendance.types.js';
