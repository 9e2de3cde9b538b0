/**
 * Figures of the report card as people read them. Rupiah are whole and always written the
 * Indonesian way (Rp 3.869.991), as on a payslip; percentages and minutes follow the UI language
 * (96,75 % / 96.75%).
 */
const rupiah = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

const bcp47 = (locale: string) => (locale === 'id' ? 'id-ID' : locale === 'en' ? 'en-US' : locale);

export function formatRupiah(amount: number): string {
  // NBSP between "Rp" and the figure, as Intl writes it: kept so the figure never wraps alone.
  return rupiah.format(Math.round(amount));
}

/** Two decimals, e.g. "96,75%" (id) or "96.75%" (en); an em dash when there is no figure. */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  const figure = new Intl.NumberFormat(bcp47(locale), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
  return `${figure}%`;
}

/** Whole numbers with the language's grouping: 6.900 / 6,900. */
export function formatInteger(value: number, locale: string): string {
  return new Intl.NumberFormat(bcp47(locale), { maximumFractionDigits: 0 }).format(value);
}

/** Two decimals without a unit (a percentile): "62,50" / "62.50"; an em dash without a figure. */
export function formatDecimal(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(bcp47(locale), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}
