// The template plan: catalog -> plain description of the workbook (see types.ts for how a writer
// applies it and NAMES.md for the defined-name contract).
export * from './types';
export { buildPlan, type PlanOptions } from './build';
export { statusFormula } from './formulas';
export { STYLES } from './styles';
export { fillPlanInputs, inputAssignments, inputCell } from './fill';
export { officeFormula, officeFormulas, blockBytes } from './office';
export {
  NAMES,
  refName,
  isValidName,
  maxIdLength,
  type IdKind,
  COMPONENT_FIELDS,
  type ComponentField,
  inputSection,
  type InputSection,
  fieldName,
  componentInputNames,
  parseFieldName,
} from './names';
export * from './limits';
export { limitProblems, workbookProblems, type LimitProblem } from './fit';
export {
  statusText,
  checkStatusText,
  bilingual,
  excelString,
  OK,
  SEVERITY_MARK,
  SEVERITY_TEXT,
} from './excel-text';
export { SHEET_NAMES } from '../messages/sheet';
export { EVIDENCE_REGISTER_VERSION, olderVersion, TEMPLATE_VERSION, TEMPLATE_XML_NAMESPACE } from './version';
export { catalogJsonOf, templateXml } from './template-xml';
export { columnLetters, cellAddress, absoluteAddress, rangeAddress, quoteSheet, parseCell } from './a1';
export { scaleCatalog } from './scale';
export {
  frameworkEditCount,
  frameworkFromGrid,
  frameworkHolds,
  frameworkLayout,
  readFrameworkGrid,
  FRAMEWORK_SHEET_NAMES,
  type FrameworkGridRead,
} from './framework-sheet';
export { FRAMEWORK_TEXT } from '../messages/sheet';
