const UNITS = ['bytes', 'KiB', 'MiB', 'GiB'] as const;

/** Human-readable size for messages: `"512 bytes"`, `"1 KiB"`, `"20 MiB"`, `"25.3 MiB"`. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${rounded} ${UNITS[unit] ?? 'bytes'}`;
}
