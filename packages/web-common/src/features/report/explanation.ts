/** Where each line of the report's explanation is shown, by its key (see @kinerja/scoring). */
export type ReportSection = 'performance' | 'discipline' | 'reviews' | 'tpp';

export function sectionOf(key: string): ReportSection {
  if (key.startsWith('tpp')) return 'tpp';
  if (key.startsWith('discipline')) return 'discipline';
  if (
    ['iki', 'skp', 'behaviour', 'peerStanding', 'predicate'].includes(key) ||
    key.startsWith('rating.')
  )
    return 'reviews';
  return 'performance';
}

export function linesOf<T extends { key: string }>(
  lines: readonly T[],
  section: ReportSection,
): T[] {
  return lines.filter((line) => sectionOf(line.key) === section);
}
