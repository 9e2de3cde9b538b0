/** NIP: the 18-digit civil-servant number (rules.md, "NIP"). */
const NIP_PATTERN = /^\d{18}$/;

/** People type or paste NIPs with spaces ("19920315 201903 1 001"); the API wants digits only. */
export function normalizeNip(input: string): string {
  return input.replace(/\s+/g, '');
}

export function isValidNip(nip: string): boolean {
  return NIP_PATTERN.test(nip);
}

/**
 * Groups a NIP the way it is printed on official documents: 8-6-1-3 digits
 * (birth date, appointment month, sex, sequence): "199203152019031001" → "19920315 201903 1 001".
 * Anything that is not 18 digits is shown as it is.
 */
export function formatNip(nip: string): string {
  const digits = normalizeNip(nip);
  if (!isValidNip(digits)) return nip;
  return [digits.slice(0, 8), digits.slice(8, 14), digits.slice(14, 15), digits.slice(15)].join(
    ' ',
  );
}
