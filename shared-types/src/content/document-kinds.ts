/** Kinds of party documents: the stored enum value and what readers see. Mirrors party-document's `kind`. */
export const DOCUMENT_KINDS = {
  nghi_quyet: 'Nghị quyết',
  chi_thi: 'Chỉ thị',
  quy_dinh: 'Quy định',
  quyet_dinh: 'Quyết định',
  ket_luan: 'Kết luận',
  huong_dan: 'Hướng dẫn',
  ke_hoach: 'Kế hoạch',
  de_an: 'Đề án',
  thong_bao: 'Thông báo',
  bao_cao: 'Báo cáo',
  van_kien_dai_hoi: 'Văn kiện Đại hội',
  chuong_trinh: 'Chương trình',
  cong_van: 'Công văn',
  khac: 'Văn bản khác',
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
export const DOCUMENT_KIND_VALUES = Object.keys(DOCUMENT_KINDS) as [DocumentKind, ...DocumentKind[]];

/** Anniversary recurrence: every year, or only round years (multiples of roundEvery). */
export const RECURRENCES = { moi_nam: 'Mỗi năm', nam_chan: 'Năm tròn' } as const;
export type Recurrence = keyof typeof RECURRENCES;
export const RECURRENCE_VALUES = Object.keys(RECURRENCES) as [Recurrence, ...Recurrence[]];
