// The ribbon's function file. Both ribbon buttons open the task pane (ShowTaskpane actions in
// manifest.xml; "Tính điểm" opens it with ?action=score), so this page only has to initialise
// Office, which the manifest's FunctionFile requires.
if (typeof Office !== 'undefined') {
  Office.onReady(() => undefined);
}
