/** An IKI report's lines under their planned result, in the plan's order. */
export interface LineOfResult {
  result: { id: string; title: string };
}

export function linesByResult<T extends LineOfResult>(
  lines: readonly T[],
): { result: T['result']; lines: T[] }[] {
  const groups = new Map<string, { result: T['result']; lines: T[] }>();
  for (const line of lines) {
    const group = groups.get(line.result.id);
    if (group) group.lines.push(line);
    else groups.set(line.result.id, { result: line.result, lines: [line] });
  }
  return [...groups.values()];
}
