// The collection core (pure): per-agency sub-catalogs for `pii split`, and the merge of the
// agencies' returned workbooks with conflicts and provenance for `pii merge` (and the pane).
export { agencyCatalog, agencyShare, agencyShares, safeFileName, type AgencyShare } from './agency';
export {
  importLogRows,
  isBlank,
  mergeReturns,
  refusalReason,
  sameFigure,
  type FigureField,
  type MergeOptions,
  type MergeRecord,
  type MergeResult,
  type NamedValues,
  type Outcome,
  type Refusal,
  type ReturnedFile,
} from './merge';
export { COLLECT_TEXT } from '../messages/collect';
export {
  changedSince,
  decideConflicts,
  figureSources,
  figureSubject,
  importPlan,
  masterFigureNames,
  parseImportLog,
  recordKey,
  type ConflictChoice,
  type FigureWrite,
  type ImportLogAppend,
  type ImportLogEntry,
  type ImportPlan,
} from './import';
