/** Compares "1.10" and "1.9" numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Only the ExcelApi requirement set is modelled; ExcelApiOnline, ExcelApiDesktop and
 * the rest report unsupported so add-ins exercise their fallbacks.
 */
export function isSetSupported(apiVersion: string, name: string, minVersion?: string): boolean {
  if (name.toLowerCase() !== 'excelapi') return false;
  return minVersion === undefined || compareVersions(apiVersion, String(minVersion)) >= 0;
}
