// The writes an officer asks for now and then (a results snapshot, a locked version, the progress
// sheet), the versions read and the formulas' check and repair: one chunk the adapter loads on first use, so that they weigh
// nothing on the pane's initial JS (150 KB gzip budget).
export { writeSnapshotSheet } from './snapshot';
export { readVersions, writeVersion } from './versions-sheet';
export { figuresOf } from '../collect/versions';
export { writeProgressSheet } from './progress-sheet';
export { compareWithPlan, queueFormulaRead, queueRestore } from './integrity';
