// Go to the cell a finding is about: activate its sheet and select the named cell. One sync.
import type { Ref } from '../expr/types';
import { refName } from '../plan';

export async function selectNamed(context: Excel.RequestContext, target: Ref): Promise<void> {
  const range = context.workbook.names.getItem(refName(target)).getRange();
  range.worksheet.activate();
  range.select();
  await context.sync();
}
