// How a figure is named in the versions view and the progress view: kept apart from the collection
// texts (src/messages/collect.ts), since the versions sheet's adapter loads with the pane.
import type { Text } from '../catalog/types';
import { FINDING_TABLE } from './findings';

export const FIGURE_TEXT = {
  noAgency: { vi: '(chưa giao cơ quan chủ trì)', en: '(no lead agency)' },
  changeSubject: { vi: '{name} ({which})', en: '{name} ({which})' },
  figureKind: {
    value: { vi: 'năm nay', en: 'this year' },
    previous: { vi: 'năm trước', en: 'last year' },
    evidence: { vi: 'minh chứng: số hiệu văn bản', en: 'evidence: document number' },
    evidenceDate: FINDING_TABLE.sectionEvidenceDate,
    evidenceIssuer: FINDING_TABLE.sectionEvidenceIssuer,
    evidenceLink: FINDING_TABLE.sectionEvidenceLink,
    benchmarkMin: FINDING_TABLE.benchmarkMinWord,
    benchmarkMax: FINDING_TABLE.benchmarkMaxWord,
  } satisfies Record<string, Text>,
} as const;
