// The ribbon's function file. Both ribbon buttons are ShowTaskpane actions (manifest.xml): "Mở PII"
// opens the pane; "Tính điểm" opens a pane of its own with ?action=score, which starts on Scores
// and scores at once (a pane of its own, because Office does not reload an open pane with a new
// URL). So this page only has to initialise Office, which the manifest's FunctionFile requires.
import { whenOfficeReady } from '../excel/office-ready';

whenOfficeReady(() => undefined);
