/** Keeps the last path segment and only safe characters, as upload servers do before storing a name. */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const safe = base
    .normalize('NFKD')
    // Accents decompose into combining marks: drop them, so "Příjmení" keeps its letters as "Prijmeni".
    .replace(/\p{M}+/gu, '')
    .replace(/[^\w.-]+/g, '_')
    .replace(/_+/g, '_');
  // The extension survives a stem with no safe character left ("паспорт.jpg" → "file.jpg", not "jpg").
  const dot = safe.lastIndexOf('.');
  const extension = dot > 0 ? safe.slice(dot) : '';
  const stem = (dot > 0 ? safe.slice(0, dot) : safe).replace(/^[._]+/, '');
  const kept = stem === '' ? (extension === '' ? '' : `file${extension}`) : `${stem}${extension}`;
  return kept.slice(-100) || 'file';
}
