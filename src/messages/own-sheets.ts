// The names and header rows of the sheets the add-in keeps for itself (the load's backup, the
// values a new template had no cell for, the locked versions). Always bilingual, "vi / en": they
// are read back by name whatever the pane's language, so a name here is also a contract.
export const BACKUP_SHEET = 'Sao lưu PII (backup)';
export const BACKUP_HEADER = ['Tên xác định / Defined name', 'Giá trị / Value'];

export const NOT_CARRIED_HEADER = [
  'Tên xác định / Defined name',
  'Giá trị / Value',
  'Từ phiên bản mẫu / From template version',
  'Ngày chuyển / Date',
  'Lý do / Reason',
];

/** The hidden sheet the versions are recorded on (the pane writes it; `pii package` reads it). */
export const VERSIONS_SHEET = 'Phiên bản số liệu PII';

/** The versions sheet's columns, in order. */
export const VERSION_COLUMNS = [
  'Phiên bản / Version',
  'Tên / Label',
  'Thời điểm chốt / Locked at',
  'Nguồn / Source',
  'Tên xác định / Defined name',
  'Giá trị / Value',
] as const;
