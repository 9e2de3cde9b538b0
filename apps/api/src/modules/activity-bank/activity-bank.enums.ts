import { registerEnumType } from 'type-graphql';

export enum ActivityCategory {
  MAIN = 'MAIN',
  ADDITIONAL = 'ADDITIONAL',
}

export enum ActivityItemStatus {
  PROPOSED = 'PROPOSED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  RETIRED = 'RETIRED',
}

registerEnumType(ActivityCategory, {
  name: 'ActivityCategory',
  description: 'Main duty (tupoksi) or additional activity.',
});
registerEnumType(ActivityItemStatus, {
  name: 'ActivityItemStatus',
  description:
    'Proposed by a department, published (or rejected) by the agency admin, retired when no longer loggable.',
});
