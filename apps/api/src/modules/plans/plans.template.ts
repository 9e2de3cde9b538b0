/**
 * The teachers' plan template (rules.md, "Teachers' plan template"; national platform PMM): the
 * teacher picks one teaching practice to improve; the plan holds that practice as a QUALITY
 * indicator observed each month (target 100 %), plus the results every teacher's plan holds
 * (teaching hours, teaching materials, assessment).
 */
import { IndicatorKind } from './plans.enums.js';

export const TEACHER_TEMPLATE = 'TEACHER';

export interface TemplateIndicator {
  kind: IndicatorKind;
  name: string;
  target: number;
  unit: string;
  /** The practice the teacher picked is observed for this indicator. */
  practice?: true;
}

export interface TemplateResult {
  title: string;
  indicators: TemplateIndicator[];
}

/** The results of a teacher's plan built around `practiceName`. */
export function teacherTemplate(practiceName: string): TemplateResult[] {
  return [
    {
      title: `Meningkatnya kualitas praktik pembelajaran: ${practiceName}`,
      indicators: [
        {
          kind: IndicatorKind.QUALITY,
          name: `Praktik ${practiceName} dilakukan dan efektif (hasil observasi)`,
          target: 100,
          unit: '%',
          practice: true,
        },
      ],
    },
    {
      title: 'Terlaksananya pembelajaran sesuai kurikulum',
      indicators: [
        {
          kind: IndicatorKind.QUANTITY,
          name: 'Jam tatap muka yang terlaksana',
          target: 96,
          unit: 'jam pelajaran',
        },
        {
          kind: IndicatorKind.QUANTITY,
          name: 'Modul ajar yang disusun',
          target: 4,
          unit: 'modul',
        },
      ],
    },
    {
      title: 'Terlaksananya penilaian hasil belajar peserta didik',
      indicators: [
        {
          kind: IndicatorKind.QUANTITY,
          name: 'Laporan penilaian yang diserahkan',
          target: 1,
          unit: 'laporan',
        },
        {
          kind: IndicatorKind.TIME,
          name: 'Waktu pengembalian hasil penilaian kepada peserta didik',
          target: 7,
          unit: 'hari',
        },
      ],
    },
  ];
}

/** The eight teaching-practice indicators of rules.md, in its order (the agency's starting list). */
export const DEFAULT_TEACHING_PRACTICES: readonly { code: string; name: string }[] = [
  { code: 'DISIPLIN_POSITIF', name: 'Penerapan Disiplin Positif' },
  { code: 'SUASANA_KELAS', name: 'Keteraturan Suasana Kelas' },
  { code: 'UMPAN_BALIK', name: 'Umpan Balik Konstruktif' },
  { code: 'AKTIVASI_INTERAKTIF', name: 'Aktivasi Interaktif' },
  { code: 'INSTRUKSI_PEMBELAJARAN', name: 'Instruksi Pembelajaran' },
  { code: 'INSTRUKSI_ADAPTIF', name: 'Instruksi yang Adaptif' },
  { code: 'EKSPEKTASI', name: 'Ekspektasi pada Peserta Didik' },
  { code: 'PERHATIAN_KEPEDULIAN', name: 'Perhatian dan Kepedulian' },
];
