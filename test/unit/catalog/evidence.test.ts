// The evidence register's pure parts: dates as Excel holds them, and what counts as complete.
import {
  asShown,
  dateText,
  EVIDENCE_DATE_MAX,
  EVIDENCE_DATE_MIN,
  evidenceComplete,
  evidencePartsGiven,
  excelDate,
  parseDateText,
} from '../../../src/catalog/evidence';

describe('dates as Excel holds them', () => {
  test('Excel date numbers: 1 January 1900 is 1, 30 June 2023 is 45107, leap days included', () => {
    expect(excelDate(1900, 3, 1)).toBe(61); // after Excel's phantom 29/02/1900
    expect(excelDate(2023, 6, 30)).toBe(45107);
    expect(excelDate(2024, 2, 29)).toBe(45351);
    expect(dateText(45107)).toBe('30/06/2023');
    expect(dateText(45351.75)).toBe('29/02/2024'); // a time of day keeps its day
  });

  test('the bounds are the reporting years, 01/01/2000 to 31/12/2100', () => {
    expect(dateText(EVIDENCE_DATE_MIN)).toBe('01/01/2000');
    expect(dateText(EVIDENCE_DATE_MAX)).toBe('31/12/2100');
  });

  test.each([
    ['15/03/2025', excelDate(2025, 3, 15)],
    ['5/3/2025', excelDate(2025, 3, 5)],
    ['15.03.2025', excelDate(2025, 3, 15)],
    ['15-03-2025', excelDate(2025, 3, 15)],
    [' 2025-03-15 ', excelDate(2025, 3, 15)],
    ['2025-3-5', excelDate(2025, 3, 5)],
    ['29/02/2024', excelDate(2024, 2, 29)],
  ])('"%s" reads as a day', (text, serial) => {
    expect(parseDateText(text)).toBe(serial);
  });

  test.each([
    '31/02/2025',
    '29/02/2023',
    '15/13/2025',
    '00/01/2025',
    'tháng 3/2025',
    '2025',
    '',
    '2025-13-01',
    '2025-3-15x',
  ])('"%s" is not a day', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

test('an evidence date as its cell shows it; any other cell, or a number no date, as is', () => {
  expect(asShown('evidenceDate', 45107)).toBe('30/06/2023');
  expect(asShown('evidenceDate', 2024)).toBe('16/07/1905');
  expect(asShown('evidenceDate', -1)).toBe(-1);
  expect(asShown('evidenceDate', 3e6)).toBe(3e6);
  expect(asShown('evidenceDate', 'tháng 6')).toBe('tháng 6');
  expect(asShown('value', 45107)).toBe(45107);
});

describe('a complete record', () => {
  const input = {
    values: {},
    evidence: { a: '12/QĐ-UBND', b: '12/QĐ-UBND', c: '   ' },
    evidenceDate: { a: 45107, b: 45107 },
    evidenceIssuer: { a: 'UBND tỉnh', b: '' },
    evidenceLink: { a: 'qd12.pdf', b: 'qd12.pdf', c: null },
  };

  test('all four parts, none blank or spaces only', () => {
    expect(evidenceComplete(input, 'a')).toBe(true);
    expect(evidenceComplete(input, 'b')).toBe(false);
    expect(evidencePartsGiven(input, 'b')).toEqual(['evidence', 'evidenceDate', 'evidenceLink']);
    expect(evidencePartsGiven(input, 'c')).toEqual([]);
    expect(evidencePartsGiven(input, 'unknown')).toEqual([]);
  });
});
