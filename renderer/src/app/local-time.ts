/** Stored times are UTC ISO strings; people read them in their own time zone. */

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2024-07-31 16:05` in local time; the input unchanged when it is not a date. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
