/**
 * Who may do what with plans and IKI reports, and the alignment flags: pure predicates the
 * services apply after SQL has gathered the facts (decision.sql.ts says who decides).
 */
import { AlignmentFlag, IkiReportStatus, PlanDecision, PlanStatus } from './plans.enums.js';

/** The owner edits (and submits) a plan while it is a draft or was returned. */
export const mayEditPlan = (status: PlanStatus): boolean =>
  status === PlanStatus.DRAFT || status === PlanStatus.RETURNED;

/**
 * A result of a plan may be (re)aligned without a new approval: any of a draft's or returned
 * plan's results; of a submitted or approved plan, only one that supports nothing yet or whose
 * parent is no longer a result of the owner's current supervisor's plan (the supervisor changed).
 */
export const mayAlignResult = (
  status: PlanStatus,
  parentResultId: string | null,
  currentParentIds: ReadonlySet<string>,
): boolean =>
  mayEditPlan(status) || parentResultId === null || !currentParentIds.has(parentResultId);

/** A month's report may be sent again until it is approved. */
export const mayResubmitIki = (status: IkiReportStatus): boolean =>
  status !== IkiReportStatus.APPROVED;

/** Returning needs a reason the employee can act on. */
export const noteRequired = (decision: PlanDecision): boolean => decision === PlanDecision.RETURN;

export interface ResultFacts {
  /** The result is linked to a result of the owner's supervisor. */
  hasParent: boolean;
  /** The owner has a supervisor today (the regional head has none). */
  ownerHasSupervisor: boolean;
  /** The owner has people below them today. */
  ownerHasReports: boolean;
  /** How many results of other plans support this one. */
  supporters: number;
}

/**
 * SUPPORTS_NOTHING: no parent while the owner has a supervisor (allowed, e.g. before the
 * supervisor's plan exists, but flagged); UNSUPPORTED: a supervisor's result nobody below supports.
 */
export function alignmentFlags(f: ResultFacts): AlignmentFlag[] {
  const flags: AlignmentFlag[] = [];
  if (!f.hasParent && f.ownerHasSupervisor) flags.push(AlignmentFlag.SUPPORTS_NOTHING);
  if (f.ownerHasReports && f.supporters === 0) flags.push(AlignmentFlag.UNSUPPORTED);
  return flags;
}
