import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000_foundation } from './Migration20261123000000_foundation.js';
import { Migration20261123100000_activities } from './Migration20261123100000_activities.js';
import { Migration20261123130000_verification } from './Migration20261123130000_verification.js';
import { Migration20261123140000_attendance } from './Migration20261123140000_attendance.js';
import { Migration20261123150000_calendar } from './Migration20261123150000_calendar.js';
import { Migration20261123160000_leave } from './Migration20261123160000_leave.js';
import { Migration20261123170000_attendance_extra } from './Migration20261123170000_attendance_extra.js';
import { Migration20261123180000_policy } from './Migration20261123180000_policy.js';
import { Migration20261124090000_calendar_speed } from './Migration20261124090000_calendar_speed.js';
import { Migration20261125090000_review_settings } from './Migration20261125090000_review_settings.js';
import { Migration20261125100000_plans } from './Migration20261125100000_plans.js';
import { Migration20261125110000_reviews } from './Migration20261125110000_reviews.js';
import { Migration20261125120000_entry_client_id } from './Migration20261125120000_entry_client_id.js';
import { Migration20261126110000_questionnaires } from './Migration20261126110000_questionnaires.js';
import { Migration20261126090000_roster } from './Migration20261126090000_roster.js';
import { Migration20261126100000_notifications } from './Migration20261126100000_notifications.js';
import { Migration20261126120000_link_evidence } from './Migration20261126120000_link_evidence.js';
import { Migration20261126130000_night_permits } from './Migration20261126130000_night_permits.js';

/** Every migration, in order. Listed explicitly so that compiled and test builds find the same set. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000000_foundation', class: Migration20261123000000_foundation },
  { name: 'Migration20261123100000_activities', class: Migration20261123100000_activities },
  { name: 'Migration20261123130000_verification', class: Migration20261123130000_verification },
  { name: 'Migration20261123140000_attendance', class: Migration20261123140000_attendance },
  { name: 'Migration20261123150000_calendar', class: Migration20261123150000_calendar },
  { name: 'Migration20261123160000_leave', class: Migration20261123160000_leave },
  {
    name: 'Migration20261123170000_attendance_extra',
    class: Migration20261123170000_attendance_extra,
  },
  { name: 'Migration20261123180000_policy', class: Migration20261123180000_policy },
  {
    name: 'Migration20261124090000_calendar_speed',
    class: Migration20261124090000_calendar_speed,
  },
  {
    name: 'Migration20261125090000_review_settings',
    class: Migration20261125090000_review_settings,
  },
  { name: 'Migration20261125100000_plans', class: Migration20261125100000_plans },
  { name: 'Migration20261125110000_reviews', class: Migration20261125110000_reviews },
  {
    name: 'Migration20261125120000_entry_client_id',
    class: Migration20261125120000_entry_client_id,
  },
  { name: 'Migration20261126090000_roster', class: Migration20261126090000_roster },
  {
    name: 'Migration20261126100000_notifications',
    class: Migration20261126100000_notifications,
  },
  {
    name: 'Migration20261126110000_questionnaires',
    class: Migration20261126110000_questionnaires,
  },
  {
    name: 'Migration20261126120000_link_evidence',
    class: Migration20261126120000_link_evidence,
  },
  {
    name: 'Migration20261126130000_night_permits',
    class: Migration20261126130000_night_permits,
  },
];
