// A rejected catalog lists every problem at once, each with the JSON path that caused it.

export interface CatalogProblem {
  path: string; // e.g. "indicators[3].formula.numerator[0]"
  message: string; // bilingual: "vi / en"
}

export class CatalogError extends Error {
  readonly problems: CatalogProblem[];
  constructor(problems: CatalogProblem[]) {
    super(
      `Danh mục không hợp lệ / Invalid catalog (${problems.length}):\n` +
        problems.map((p) => `  ${p.path || '(root)'}: ${p.message}`).join('\n'),
    );
    this.name = 'CatalogError';
    this.problems = problems;
  }
}
