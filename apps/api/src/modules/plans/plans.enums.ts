import { registerEnumType } from 'type-graphql';

/** DRAFT → SUBMITTED → APPROVED, or RETURNED (edited and submitted again). */
export enum PlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

/** What an indicator measures (rules.md: quantity, quality, time or cost). */
export enum IndicatorKind {
  QUANTITY = 'QUANTITY',
  QUALITY = 'QUALITY',
  TIME = 'TIME',
  COST = 'COST',
}

/** SUBMITTED → APPROVED, or RETURNED (corrected and submitted again). */
export enum IkiReportStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

/** An observed teaching practice (rules.md, "Teachers' plan template"). */
export enum PracticeObservation {
  BELUM_DILAKUKAN = 'BELUM_DILAKUKAN',
  DILAKUKAN_BELUM_EFEKTIF = 'DILAKUKAN_BELUM_EFEKTIF',
  DILAKUKAN_EFEKTIF = 'DILAKUKAN_EFEKTIF',
}

export enum PlanDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}

/** The flags of a result in the alignment tree. */
export enum AlignmentFlag {
  SUPPORTS_NOTHING = 'SUPPORTS_NOTHING',
  UNSUPPORTED = 'UNSUPPORTED',
}

/** What waits for a supervisor's decision. */
export enum PendingKind {
  PLAN = 'PLAN',
  IKI = 'IKI',
}

registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'DRAFT → SUBMITTED → APPROVED, or RETURNED (edited and submitted again).',
});
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description:
    'QUANTITY and QUALITY: higher is better (score = realisation ÷ target × 100); TIME and COST: lower is better (score = target ÷ realisation × 100); capped at 120.',
});
registerEnumType(IkiReportStatus, {
  name: 'IkiReportStatus',
  description: 'SUBMITTED → APPROVED, or RETURNED (corrected and submitted again).',
});
registerEnumType(PracticeObservation, {
  name: 'PracticeObservation',
  description: 'An observed teaching practice; counts 0 / 50 / 100 toward the realisation.',
  valuesConfig: {
    BELUM_DILAKUKAN: { description: 'Belum dilakukan: 0.' },
    DILAKUKAN_BELUM_EFEKTIF: { description: 'Dilakukan tapi belum efektif: 50.' },
    DILAKUKAN_EFEKTIF: { description: 'Dilakukan dan efektif: 100.' },
  },
});
registerEnumType(PlanDecision, { name: 'PlanDecision' });
registerEnumType(AlignmentFlag, {
  name: 'AlignmentFlag',
  description:
    'SUPPORTS_NOTHING: the result is linked to no result of the owner’s supervisor (while the owner has one); UNSUPPORTED: no result of the people below supports it (while the owner has people below).',
});
registerEnumType(PendingKind, { name: 'PendingKind' });
