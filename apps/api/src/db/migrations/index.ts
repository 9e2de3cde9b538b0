import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000_foundation } from './Migration20261123000000_foundation.js';
import { Migration20261123100000_activities } from './Migration20261123100000_activities.js';
import { Migration20261123130000_verification } from './Migration20261123130000_verification.js';
import { Migration20261123140000_attendance } from './Migration20261123140000_attendance.js';

/** Every migration, in order. Listed explicitly so that compiled and test builds find the same set. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000000_foundation', class: Migration20261123000000_foundation },
  { name: 'Migration20261123100000_activities', class: Migration20261123100000_activities },
  { name: 'Migration20261123130000_verification', class: Migration20261123130000_verification },
  { name: 'Migration20261123140000_attendance', class: Migration20261123140000_attendance },
];
