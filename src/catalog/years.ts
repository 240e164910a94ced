// The reporting years every part accepts, in one place: the pane's form, the cover's check, the
// template's data validation and `pii template --year`. A year after next is refused where the
// clock is known (a report is for a year that has begun or is about to); the sheet's own data
// validation cannot read the clock without a volatile TODAY(), so it stops at LAST_YEAR.
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** The latest reporting year on `today`: next year (a template may be prepared in December). */
export const latestYear = (today: Date = new Date()): number => Math.min(today.getFullYear() + 1, LAST_YEAR);
