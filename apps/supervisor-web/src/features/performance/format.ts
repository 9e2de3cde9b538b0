/**
 * Figures as people read them: rupiah whole and always the Indonesian way (Rp 14.947.487, as on a
 * payslip); percentages, counts and minutes in the UI language (62,50% / 62.50%). An em dash stands
 * for "no figure" (a group without people).
 */
const NONE = '—';

const bcp47 = (locale: string) => (locale === 'id' ? 'id-ID' : locale === 'en' ? 'en-US' : locale);

const rupiah = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

export function formatRupiah(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? NONE : rupiah.format(Math.round(amount));
}

/** Two decimals and a percent sign: "62,50%" (id), "62.50%" (en). */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return NONE;
  const figure = new Intl.NumberFormat(bcp47(locale), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
  return `${figure}%`;
}

/** Whole numbers with the language's grouping: 3.076 / 3,076. */
export function formatInteger(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return NONE;
  return new Intl.NumberFormat(bcp47(locale), { maximumFractionDigits: 0 }).format(value);
}

/** Two decimals without a unit (a percentile): "66,00" / "66.00". */
export function formatDecimal(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return NONE;
  return new Intl.NumberFormat(bcp47(locale), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}
