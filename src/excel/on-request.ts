// The writes an officer asks for now and then (a results snapshot, a locked version, the progress
// sheet) and the versions read: one chunk the adapter loads on first use, so that they weigh
// nothing on the pane's initial JS (150 KB gzip budget).
export { writeSnapshotSheet } from './snapshot';
export { readVersions, writeVersion } from './versions-sheet';
export { writeProgressSheet } from './progress-sheet';
