import { registerEnumType } from 'type-graphql';

export enum HolidayKind {
  NATIONAL = 'NATIONAL',
  COLLECTIVE_LEAVE = 'COLLECTIVE_LEAVE',
}

registerEnumType(HolidayKind, {
  name: 'HolidayKind',
  description: 'A national holiday (libur nasional) or a collective leave day (cuti bersama).',
});
