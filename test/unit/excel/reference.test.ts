import { isFormulaText, normaliseFormula, parseReference } from '../../../src/excel/reference';

describe('parseReference', () => {
  it('reads quoted and unquoted sheet references', () => {
    expect(parseReference("='Nhập liệu'!$C$12")).toEqual({ sheet: 'Nhập liệu', address: 'C12' });
    expect(parseReference('=Results!$B$4')).toEqual({ sheet: 'Results', address: 'B4' });
    expect(parseReference("'O''Brien'!A1:B2")).toEqual({ sheet: "O'Brien", address: 'A1:B2' });
  });

  it('returns null for what is not a cell reference', () => {
    expect(parseReference('=#REF!')).toBeNull();
    expect(parseReference('=0.5')).toBeNull();
    expect(parseReference('=SUM(Sheet1!A1:A3)')).toBeNull();
    expect(parseReference('=[Book2]Sheet1!$A$1')).toBeNull();
  });
});

describe('normaliseFormula', () => {
  it('ignores the formatting Office applies', () => {
    expect(normaliseFormula('IF(A1 > 0, 1, 0)')).toBe(normaliseFormula('=if(a1>0,1,0)'));
    expect(normaliseFormula("='Kết quả'!B4+0.50")).toBe(normaliseFormula('=KẾT QUẢ!B4+0.5'));
    expect(normaliseFormula('=1E3*PII_in_x')).toBe(normaliseFormula('=1000*PII_IN_X'));
  });

  it('keeps string literals and references distinct', () => {
    expect(normaliseFormula('="a b"')).not.toBe(normaliseFormula('="A B"'));
    expect(normaliseFormula('="say ""hi"""&A1')).toBe('="say ""hi"""&A1');
    expect(normaliseFormula('=A1+B12')).not.toBe(normaliseFormula('=A1+B1'));
    expect(normaliseFormula('=PII_val_7_1_2')).toBe('=PII_VAL_7_1_2');
  });

  it('tells formulas from constants', () => {
    expect(isFormulaText('=A1')).toBe(true);
    expect(isFormulaText('=')).toBe(false);
    expect(isFormulaText(12)).toBe(false);
    expect(isFormulaText('1,5')).toBe(false);
  });
});
