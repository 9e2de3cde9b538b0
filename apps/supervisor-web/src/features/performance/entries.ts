/**
 * A person's entries of a month as the person page lists them: by day, by start time within a day,
 * each day with its approved minutes, and the month's totals by status.
 */
export interface EntryLike {
  date: string;
  startTime: string;
  status: string;
  creditedMinutes: number;
}

export interface EntryDay<E extends EntryLike> {
  date: string;
  entries: E[];
  approvedMinutes: number;
}

export function entriesByDay<E extends EntryLike>(entries: readonly E[]): EntryDay<E>[] {
  const days: EntryDay<E>[] = [];
  const ordered = [...entries].sort(
    (a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime),
  );
  for (const entry of ordered) {
    let day = days.at(-1);
    if (day?.date !== entry.date) {
      day = { date: entry.date, entries: [], approvedMinutes: 0 };
      days.push(day);
    }
    day.entries.push(entry);
    if (entry.status === 'APPROVED') day.approvedMinutes += entry.creditedMinutes;
  }
  return days;
}

export interface EntryTotals {
  entries: number;
  approvedMinutes: number;
  submitted: number;
  returned: number;
  rejected: number;
}

export function entryTotals(entries: readonly Omit<EntryLike, 'startTime'>[]): EntryTotals {
  const totals: EntryTotals = {
    entries: 0,
    approvedMinutes: 0,
    submitted: 0,
    returned: 0,
    rejected: 0,
  };
  for (const e of entries) {
    totals.entries++;
    if (e.status === 'APPROVED') totals.approvedMinutes += e.creditedMinutes;
    else if (e.status === 'SUBMITTED') totals.submitted++;
    else if (e.status === 'RETURNED') totals.returned++;
    else if (e.status === 'REJECTED') totals.rejected++;
  }
  return totals;
}
