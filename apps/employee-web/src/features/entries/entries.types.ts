import type { ResultOf } from '@kinerja/web-common';
import type { ActivityItemOptionFragment, DayEntryFragment } from './entries.documents';

/** An activity-bank item as the picker lists it. */
export type ItemOption = ResultOf<typeof ActivityItemOptionFragment>;
/** An entry as the day's timeline and the form show it. */
export type DayEntry = ResultOf<typeof DayEntryFragment>;
export type EntryStatus = DayEntry['status'];
