export * from './rounding.js';
export * from './minutes.js';
export * from './attendance.types.js';
export * from './day-status.js';
export * from './discipline.js';
export * from './excused.js';
