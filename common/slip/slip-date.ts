/**
 * Writes a day for the slip in a language ("3 septembre 2025", "3 September 2025"), in the
 * kiosk's local time zone. Falls back to ISO digits when the runtime has no data for the language.
 */
export function formatSlipDate(date: Date, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  } catch {
    const pad = (value: number): string => String(value).padStart(2, '0');
    return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
}
