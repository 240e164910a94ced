// A rejected catalog lists every problem at once, each with the JSON path that caused it.
import { CATALOG_TEXT } from '../messages/catalog';
import { bilingualLine } from '../messages/format';

export interface CatalogProblem {
  path: string; // e.g. "indicators[3].formula.numerator[0]"
  message: string; // bilingual: "vi / en"
}

export class CatalogError extends Error {
  readonly problems: CatalogProblem[];
  constructor(problems: CatalogProblem[]) {
    super(
      `${bilingualLine(CATALOG_TEXT.text('invalidCatalog', { count: problems.length }))}:\n` +
        problems.map((p) => `  ${p.path || '(root)'}: ${p.message}`).join('\n'),
    );
    this.name = 'CatalogError';
    this.problems = problems;
  }
}
