/**
 * Deciding several proposals in one action: each is decided on its own (the server has no bulk
 * decision for the bank), one after another so the server's order of events stays readable, and
 * the outcome lists what failed and why instead of stopping at the first failure.
 */
export interface BulkFailure<T> {
  item: T;
  message: string;
}

export interface BulkOutcome<T> {
  done: T[];
  failed: BulkFailure<T>[];
}

export async function runEach<T>(
  items: readonly T[],
  act: (item: T) => Promise<unknown>,
  messageOf: (error: unknown) => string,
): Promise<BulkOutcome<T>> {
  const outcome: BulkOutcome<T> = { done: [], failed: [] };
  for (const item of items) {
    try {
      await act(item);
      outcome.done.push(item);
    } catch (e) {
      outcome.failed.push({ item, message: messageOf(e) });
    }
  }
  return outcome;
}
