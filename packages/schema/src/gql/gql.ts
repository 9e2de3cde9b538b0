/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgencyClock {\n    agency {\n      id\n      timeZone\n    }\n  }\n": typeof types.AgencyClockDocument,
    "\n  fragment DayEntry on ActivityEntry {\n    id\n    date\n    startTime\n    endTime\n    quantity\n    description\n    creditedMinutes\n    status\n    decisionNote\n    item {\n      id\n      code\n      name\n      outputUnit\n      standardMinutes\n      requiresEvidence\n      isFavourite\n    }\n    evidence {\n      id\n      kind\n      mimeType\n      originalName\n      thumbnailUrl\n      url\n    }\n  }\n": typeof types.DayEntryFragmentDoc,
    "\n  query DayEntries($date: LocalDate!) {\n    myEntries(from: $date, to: $date) {\n      ...DayEntry\n    }\n    performancePolicy(date: $date) {\n      dailyMinimumMinutes\n    }\n  }\n": typeof types.DayEntriesDocument,
    "\n  fragment ActivityItemOption on ActivityItem {\n    id\n    code\n    name\n    outputUnit\n    standardMinutes\n    requiresEvidence\n    isFavourite\n    category\n  }\n": typeof types.ActivityItemOptionFragmentDoc,
    "\n  query ActivityItemSearch($search: String, $first: Int) {\n    activityItems(search: $search, first: $first) {\n      edges {\n        node {\n          ...ActivityItemOption\n        }\n      }\n    }\n  }\n": typeof types.ActivityItemSearchDocument,
    "\n  mutation SetFavouriteItem($itemId: ID!, $favourite: Boolean!) {\n    setFavouriteItem(itemId: $itemId, favourite: $favourite) {\n      id\n      isFavourite\n    }\n  }\n": typeof types.SetFavouriteItemDocument,
    "\n  mutation LogActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      ...DayEntry\n    }\n  }\n": typeof types.LogActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...DayEntry\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n": typeof types.DeleteActivityDocument,
    "\n  fragment LeaveRequestItem on LeaveRequest {\n    id\n    kind\n    status\n    startDate\n    endDate\n    startTime\n    endTime\n    halfDay\n    reason\n    decisionNote\n    decidedAt\n    submittedAt\n    attachmentId\n    destination {\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n": typeof types.LeaveRequestItemFragmentDoc,
    "\n  query LeaveOverview($year: Int!) {\n    leaveBalance(year: $year) {\n      year\n      entitlement\n      carriedOver\n      used\n      pending\n      remaining\n    }\n    myLeaveRequests(year: $year) {\n      ...LeaveRequestItem\n    }\n  }\n": typeof types.LeaveOverviewDocument,
    "\n  mutation RequestLeave($input: LeaveRequestInput!) {\n    requestLeave(input: $input) {\n      ...LeaveRequestItem\n    }\n  }\n": typeof types.RequestLeaveDocument,
    "\n  mutation CancelLeaveRequest($id: ID!) {\n    cancelLeaveRequest(id: $id) {\n      ...LeaveRequestItem\n    }\n  }\n": typeof types.CancelLeaveRequestDocument,
    "\n  query CalendarSettings {\n    agency {\n      id\n      timeZone\n    }\n    performancePolicy {\n      id\n      dailyMinimumMinutes\n      dailyCapMinutes\n    }\n  }\n": typeof types.CalendarSettingsDocument,
    "\n  query MyMonth($month: String!, $from: LocalDate!, $to: LocalDate!) {\n    myAttendance(month: $month) {\n      month\n      discipline\n      days {\n        date\n        status\n        leaveKind\n        provisional\n        lateMinutes\n        earlyMinutes\n      }\n    }\n    myEntries(from: $from, to: $to) {\n      id\n      date\n      status\n      creditedMinutes\n    }\n  }\n": typeof types.MyMonthDocument,
    "\n  mutation LogQueuedActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      id\n      clientId\n      date\n      status\n    }\n  }\n": typeof types.LogQueuedActivityDocument,
    "\n  query MyMonthlyReport($employeeId: ID!, $period: String!) {\n    monthlyReport(employeeId: $employeeId, period: $period) {\n      employeeId\n      period\n      name\n      unitName\n      frozen\n      computedAt\n      achievement\n      approvedMainMinutes\n      approvedAdditionalMinutes\n      countedAdditionalMinutes\n      minutesAboveDailyCap\n      targetMinutes\n      excusedMinutes\n      daysUnderMinimum\n      discipline\n      deductions {\n        code\n        date\n        percent\n        cause\n      }\n      negativeActivities {\n        count\n        minutes\n      }\n      iki\n      skp\n      behaviour\n      behaviourValues {\n        value\n        score\n      }\n      peerPercentile\n      workResultRating\n      behaviourRating\n      predicate\n      tpp {\n        base\n        proratedBase\n        performancePart\n        disciplinePart\n        otherCuts\n        total\n        cuts {\n          key\n          cause\n          percent\n          amount\n        }\n      }\n      explanation {\n        key\n        text\n        value\n        sources\n      }\n    }\n  }\n": typeof types.MyMonthlyReportDocument,
    "\n  query ReportEntries($from: LocalDate!, $to: LocalDate!) {\n    myEntries(from: $from, to: $to) {\n      id\n      date\n      status\n      creditedMinutes\n    }\n  }\n": typeof types.ReportEntriesDocument,
    "\n  query ReportPeriods($year: Int!, $previousYear: Int!) {\n    periods(year: $year) {\n      month\n      closed\n    }\n    previous: periods(year: $previousYear) {\n      month\n      closed\n    }\n  }\n": typeof types.ReportPeriodsDocument,
    "\n  query MyBehaviourSummary($employeeId: ID!, $period: String!) {\n    behaviourSummary(employeeId: $employeeId, period: $period) {\n      period\n      score\n      rating\n      minRaters\n      values {\n        value\n        score\n      }\n      kinds {\n        kind\n        count\n        score\n        shown\n        counted\n        effectiveWeight\n      }\n      comments {\n        kind\n        value\n        comment\n      }\n    }\n  }\n": typeof types.MyBehaviourSummaryDocument,
    "\n  fragment MonthTaskIki on IkiReportView {\n    period\n    employee {\n      id\n    }\n    status\n    closed\n    late\n    dueDate\n    canSubmit\n    score\n    plan {\n      id\n      status\n    }\n  }\n": typeof types.MonthTaskIkiFragmentDoc,
    "\n  fragment MonthTaskReview on ReviewAssignment {\n    id\n    kind\n    submitted\n    editable\n    late\n    dueDate\n  }\n": typeof types.MonthTaskReviewFragmentDoc,
    "\n  fragment MonthTaskRanking on PeerRankingAssignment {\n    id\n    submitted\n    editable\n    late\n    dueDate\n    submittedAt\n  }\n": typeof types.MonthTaskRankingFragmentDoc,
    "\n  query MonthlyTasks($period: String!) {\n    ikiReport(period: $period) {\n      ...MonthTaskIki\n    }\n    myReviewAssignments(period: $period) {\n      ...MonthTaskReview\n    }\n    myPeerRanking(period: $period) {\n      ...MonthTaskRanking\n    }\n  }\n": typeof types.MonthlyTasksDocument,
    "\n  query MonthlyTasksBadge($previous: String!, $current: String!) {\n    previousIki: ikiReport(period: $previous) {\n      ...MonthTaskIki\n    }\n    previousReviews: myReviewAssignments(period: $previous) {\n      ...MonthTaskReview\n    }\n    previousRanking: myPeerRanking(period: $previous) {\n      ...MonthTaskRanking\n    }\n    currentIki: ikiReport(period: $current) {\n      ...MonthTaskIki\n    }\n    currentReviews: myReviewAssignments(period: $current) {\n      ...MonthTaskReview\n    }\n    currentRanking: myPeerRanking(period: $current) {\n      ...MonthTaskRanking\n    }\n  }\n": typeof types.MonthlyTasksBadgeDocument,
    "\n  query ReviewAssignments($period: String!) {\n    myReviewAssignments(period: $period) {\n      ...MonthTaskReview\n      submittedAt\n      ratee {\n        id\n        name\n        position {\n          id\n          name\n        }\n      }\n      ratings {\n        value\n        score\n        comment\n      }\n    }\n  }\n": typeof types.ReviewAssignmentsDocument,
    "\n  mutation SubmitBehaviourReview($input: BehaviourReviewInput!) {\n    submitBehaviourReview(input: $input) {\n      ...MonthTaskReview\n      submittedAt\n      ratings {\n        value\n        score\n        comment\n      }\n    }\n  }\n": typeof types.SubmitBehaviourReviewDocument,
    "\n  query IkiReportTask($period: String!) {\n    ikiReport(period: $period) {\n      ...MonthTaskIki\n      ...IkiReportDetails\n    }\n  }\n": typeof types.IkiReportTaskDocument,
    "\n  fragment IkiReportDetails on IkiReportView {\n    skpScore\n    report {\n      id\n      status\n      late\n      submittedAt\n      decisionNote\n    }\n    plan {\n      id\n      year\n      status\n      decisionNote\n      results {\n        id\n        title\n        indicators {\n          id\n          name\n          kind\n          target\n          unit\n        }\n      }\n    }\n    lines {\n      indicator {\n        id\n        name\n        kind\n        target\n        unit\n        practiceId\n      }\n      result {\n        id\n        title\n      }\n      realisation {\n        id\n        realisation\n        observation\n        note\n        score\n      }\n      evidence {\n        id\n        originalName\n        thumbnailUrl\n        url\n      }\n    }\n  }\n": typeof types.IkiReportDetailsFragmentDoc,
    "\n  mutation SubmitIkiReport($period: String!, $realisations: [IkiRealisationInput!]!) {\n    submitIkiReport(period: $period, realisations: $realisations) {\n      ...MonthTaskIki\n      ...IkiReportDetails\n    }\n  }\n": typeof types.SubmitIkiReportDocument,
    "\n  query PeerRankingTask($period: String!) {\n    myPeerRanking(period: $period) {\n      ...MonthTaskRanking\n      period\n      coworkers {\n        id\n        name\n        position {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n      ranking {\n        id\n      }\n      best {\n        id\n      }\n    }\n  }\n": typeof types.PeerRankingTaskDocument,
    "\n  mutation SubmitPeerRanking($period: String!, $ordered: [ID!]!, $best: ID!) {\n    submitPeerRanking(period: $period, orderedEmployeeIds: $ordered, bestEmployeeId: $best) {\n      ...MonthTaskRanking\n      ranking {\n        id\n      }\n      best {\n        id\n      }\n    }\n  }\n": typeof types.SubmitPeerRankingDocument,
    "\n  query TodayAttendance($date: LocalDate!, $employeeId: ID!) {\n    attendanceDay(date: $date, employeeId: $employeeId) {\n      date\n      status\n      checkIn\n      checkOut\n      checkInInArea\n      checkOutInArea\n      record {\n        ...TodayAttendanceRecord\n      }\n    }\n    myPlaces(date: $date) {\n      kind\n      name\n      latitude\n      longitude\n      radiusMetres\n    }\n  }\n": typeof types.TodayAttendanceDocument,
    "\n  fragment TodayAttendanceRecord on AttendanceRecord {\n    id\n    date\n    checkIn {\n      time\n      inArea\n      place\n      accepted\n    }\n    checkOut {\n      time\n      inArea\n      place\n      accepted\n    }\n  }\n": typeof types.TodayAttendanceRecordFragmentDoc,
    "\n  mutation CheckIn($input: CheckInput!) {\n    checkIn(input: $input) {\n      ...TodayAttendanceRecord\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation CheckOut($input: CheckInput!) {\n    checkOut(input: $input) {\n      ...TodayAttendanceRecord\n    }\n  }\n": typeof types.CheckOutDocument,
    "\n  fragment DraftResultSummary on DraftResult {\n    created {\n      id\n    }\n    skipped {\n      itemName\n      startTime\n      endTime\n      reason\n    }\n  }\n": typeof types.DraftResultSummaryFragmentDoc,
    "\n  mutation CopyDay($from: LocalDate!, $to: LocalDate!) {\n    copyDay(from: $from, to: $to) {\n      ...DraftResultSummary\n    }\n  }\n": typeof types.CopyDayDocument,
    "\n  mutation ApplySchedule($date: LocalDate!) {\n    applySchedule(date: $date) {\n      ...DraftResultSummary\n    }\n  }\n": typeof types.ApplyScheduleDocument,
    "\n  mutation SubmitDay($date: LocalDate!) {\n    submitDay(date: $date) {\n      id\n      status\n      submittedAt\n    }\n  }\n": typeof types.SubmitDayDocument,
    "\n  query DirectReports($after: String) {\n    subordinates(depth: 1, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nip\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DirectReportsDocument,
    "\n  fragment SessionEmployee on Employee {\n    id\n    name\n    nip\n    roles\n    directReportCount\n  }\n": typeof types.SessionEmployeeFragmentDoc,
    "\n  query Session {\n    me {\n      ...SessionEmployee\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($nip: String!, $password: String!) {\n    login(nip: $nip, password: $password) {\n      employee {\n        ...SessionEmployee\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MyProfile {\n    me {\n      ...ProfileEmployee\n      supervisor {\n        ...SupervisorSummary\n      }\n      actingAssignments {\n        ...ActingAssignmentItem\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  fragment ProfileEmployee on Employee {\n    id\n    name\n    nip\n    rank\n    employmentType\n    position {\n      id\n      name\n      jobClass\n    }\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.ProfileEmployeeFragmentDoc,
    "\n  fragment SupervisorSummary on Employee {\n    id\n    name\n    nip\n    position {\n      id\n      name\n    }\n  }\n": typeof types.SupervisorSummaryFragmentDoc,
    "\n  fragment ActingAssignmentItem on ActingAssignment {\n    id\n    kind\n    startDate\n    endDate\n    position {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActingAssignmentItemFragmentDoc,
};
const documents: Documents = {
    "\n  query AgencyClock {\n    agency {\n      id\n      timeZone\n    }\n  }\n": types.AgencyClockDocument,
    "\n  fragment DayEntry on ActivityEntry {\n    id\n    date\n    startTime\n    endTime\n    quantity\n    description\n    creditedMinutes\n    status\n    decisionNote\n    item {\n      id\n      code\n      name\n      outputUnit\n      standardMinutes\n      requiresEvidence\n      isFavourite\n    }\n    evidence {\n      id\n      kind\n      mimeType\n      originalName\n      thumbnailUrl\n      url\n    }\n  }\n": types.DayEntryFragmentDoc,
    "\n  query DayEntries($date: LocalDate!) {\n    myEntries(from: $date, to: $date) {\n      ...DayEntry\n    }\n    performancePolicy(date: $date) {\n      dailyMinimumMinutes\n    }\n  }\n": types.DayEntriesDocument,
    "\n  fragment ActivityItemOption on ActivityItem {\n    id\n    code\n    name\n    outputUnit\n    standardMinutes\n    requiresEvidence\n    isFavourite\n    category\n  }\n": types.ActivityItemOptionFragmentDoc,
    "\n  query ActivityItemSearch($search: String, $first: Int) {\n    activityItems(search: $search, first: $first) {\n      edges {\n        node {\n          ...ActivityItemOption\n        }\n      }\n    }\n  }\n": types.ActivityItemSearchDocument,
    "\n  mutation SetFavouriteItem($itemId: ID!, $favourite: Boolean!) {\n    setFavouriteItem(itemId: $itemId, favourite: $favourite) {\n      id\n      isFavourite\n    }\n  }\n": types.SetFavouriteItemDocument,
    "\n  mutation LogActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      ...DayEntry\n    }\n  }\n": types.LogActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...DayEntry\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n": types.DeleteActivityDocument,
    "\n  fragment LeaveRequestItem on LeaveRequest {\n    id\n    kind\n    status\n    startDate\n    endDate\n    startTime\n    endTime\n    halfDay\n    reason\n    decisionNote\n    decidedAt\n    submittedAt\n    attachmentId\n    destination {\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n": types.LeaveRequestItemFragmentDoc,
    "\n  query LeaveOverview($year: Int!) {\n    leaveBalance(year: $year) {\n      year\n      entitlement\n      carriedOver\n      used\n      pending\n      remaining\n    }\n    myLeaveRequests(year: $year) {\n      ...LeaveRequestItem\n    }\n  }\n": types.LeaveOverviewDocument,
    "\n  mutation RequestLeave($input: LeaveRequestInput!) {\n    requestLeave(input: $input) {\n      ...LeaveRequestItem\n    }\n  }\n": types.RequestLeaveDocument,
    "\n  mutation CancelLeaveRequest($id: ID!) {\n    cancelLeaveRequest(id: $id) {\n      ...LeaveRequestItem\n    }\n  }\n": types.CancelLeaveRequestDocument,
    "\n  query CalendarSettings {\n    agency {\n      id\n      timeZone\n    }\n    performancePolicy {\n      id\n      dailyMinimumMinutes\n      dailyCapMinutes\n    }\n  }\n": types.CalendarSettingsDocument,
    "\n  query MyMonth($month: String!, $from: LocalDate!, $to: LocalDate!) {\n    myAttendance(month: $month) {\n      month\n      discipline\n      days {\n        date\n        status\n        leaveKind\n        provisional\n        lateMinutes\n        earlyMinutes\n      }\n    }\n    myEntries(from: $from, to: $to) {\n      id\n      date\n      status\n      creditedMinutes\n    }\n  }\n": types.MyMonthDocument,
    "\n  mutation LogQueuedActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      id\n      clientId\n      date\n      status\n    }\n  }\n": types.LogQueuedActivityDocument,
    "\n  query MyMonthlyReport($employeeId: ID!, $period: String!) {\n    monthlyReport(employeeId: $employeeId, period: $period) {\n      employeeId\n      period\n      name\n      unitName\n      frozen\n      computedAt\n      achievement\n      approvedMainMinutes\n      approvedAdditionalMinutes\n      countedAdditionalMinutes\n      minutesAboveDailyCap\n      targetMinutes\n      excusedMinutes\n      daysUnderMinimum\n      discipline\n      deductions {\n        code\n        date\n        percent\n        cause\n      }\n      negativeActivities {\n        count\n        minutes\n      }\n      iki\n      skp\n      behaviour\n      behaviourValues {\n        value\n        score\n      }\n      peerPercentile\n      workResultRating\n      behaviourRating\n      predicate\n      tpp {\n        base\n        proratedBase\n        performancePart\n        disciplinePart\n        otherCuts\n        total\n        cuts {\n          key\n          cause\n          percent\n          amount\n        }\n      }\n      explanation {\n        key\n        text\n        value\n        sources\n      }\n    }\n  }\n": types.MyMonthlyReportDocument,
    "\n  query ReportEntries($from: LocalDate!, $to: LocalDate!) {\n    myEntries(from: $from, to: $to) {\n      id\n      date\n      status\n      creditedMinutes\n    }\n  }\n": types.ReportEntriesDocument,
    "\n  query ReportPeriods($year: Int!, $previousYear: Int!) {\n    periods(year: $year) {\n      month\n      closed\n    }\n    previous: periods(year: $previousYear) {\n      month\n      closed\n    }\n  }\n": types.ReportPeriodsDocument,
    "\n  query MyBehaviourSummary($employeeId: ID!, $period: String!) {\n    behaviourSummary(employeeId: $employeeId, period: $period) {\n      period\n      score\n      rating\n      minRaters\n      values {\n        value\n        score\n      }\n      kinds {\n        kind\n        count\n        score\n        shown\n        counted\n        effectiveWeight\n      }\n      comments {\n        kind\n        value\n        comment\n      }\n    }\n  }\n": types.MyBehaviourSummaryDocument,
    "\n  fragment MonthTaskIki on IkiReportView {\n    period\n    employee {\n      id\n    }\n    status\n    closed\n    late\n    dueDate\n    canSubmit\n    score\n    plan {\n      id\n      status\n    }\n  }\n": types.MonthTaskIkiFragmentDoc,
    "\n  fragment MonthTaskReview on ReviewAssignment {\n    id\n    kind\n    submitted\n    editable\n    late\n    dueDate\n  }\n": types.MonthTaskReviewFragmentDoc,
    "\n  fragment MonthTaskRanking on PeerRankingAssignment {\n    id\n    submitted\n    editable\n    late\n    dueDate\n    submittedAt\n  }\n": types.MonthTaskRankingFragmentDoc,
    "\n  query MonthlyTasks($period: String!) {\n    ikiReport(period: $period) {\n      ...MonthTaskIki\n    }\n    myReviewAssignments(period: $period) {\n      ...MonthTaskReview\n    }\n    myPeerRanking(period: $period) {\n      ...MonthTaskRanking\n    }\n  }\n": types.MonthlyTasksDocument,
    "\n  query MonthlyTasksBadge($previous: String!, $current: String!) {\n    previousIki: ikiReport(period: $previous) {\n      ...MonthTaskIki\n    }\n    previousReviews: myReviewAssignments(period: $previous) {\n      ...MonthTaskReview\n    }\n    previousRanking: myPeerRanking(period: $previous) {\n      ...MonthTaskRanking\n    }\n    currentIki: ikiReport(period: $current) {\n      ...MonthTaskIki\n    }\n    currentReviews: myReviewAssignments(period: $current) {\n      ...MonthTaskReview\n    }\n    currentRanking: myPeerRanking(period: $current) {\n      ...MonthTaskRanking\n    }\n  }\n": types.MonthlyTasksBadgeDocument,
    "\n  query ReviewAssignments($period: String!) {\n    myReviewAssignments(period: $period) {\n      ...MonthTaskReview\n      submittedAt\n      ratee {\n        id\n        name\n        position {\n          id\n          name\n        }\n      }\n      ratings {\n        value\n        score\n        comment\n      }\n    }\n  }\n": types.ReviewAssignmentsDocument,
    "\n  mutation SubmitBehaviourReview($input: BehaviourReviewInput!) {\n    submitBehaviourReview(input: $input) {\n      ...MonthTaskReview\n      submittedAt\n      ratings {\n        value\n        score\n        comment\n      }\n    }\n  }\n": types.SubmitBehaviourReviewDocument,
    "\n  query IkiReportTask($period: String!) {\n    ikiReport(period: $period) {\n      ...MonthTaskIki\n      ...IkiReportDetails\n    }\n  }\n": types.IkiReportTaskDocument,
    "\n  fragment IkiReportDetails on IkiReportView {\n    skpScore\n    report {\n      id\n      status\n      late\n      submittedAt\n      decisionNote\n    }\n    plan {\n      id\n      year\n      status\n      decisionNote\n      results {\n        id\n        title\n        indicators {\n          id\n          name\n          kind\n          target\n          unit\n        }\n      }\n    }\n    lines {\n      indicator {\n        id\n        name\n        kind\n        target\n        unit\n        practiceId\n      }\n      result {\n        id\n        title\n      }\n      realisation {\n        id\n        realisation\n        observation\n        note\n        score\n      }\n      evidence {\n        id\n        originalName\n        thumbnailUrl\n        url\n      }\n    }\n  }\n": types.IkiReportDetailsFragmentDoc,
    "\n  mutation SubmitIkiReport($period: String!, $realisations: [IkiRealisationInput!]!) {\n    submitIkiReport(period: $period, realisations: $realisations) {\n      ...MonthTaskIki\n      ...IkiReportDetails\n    }\n  }\n": types.SubmitIkiReportDocument,
    "\n  query PeerRankingTask($period: String!) {\n    myPeerRanking(period: $period) {\n      ...MonthTaskRanking\n      period\n      coworkers {\n        id\n        name\n        position {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n      ranking {\n        id\n      }\n      best {\n        id\n      }\n    }\n  }\n": types.PeerRankingTaskDocument,
    "\n  mutation SubmitPeerRanking($period: String!, $ordered: [ID!]!, $best: ID!) {\n    submitPeerRanking(period: $period, orderedEmployeeIds: $ordered, bestEmployeeId: $best) {\n      ...MonthTaskRanking\n      ranking {\n        id\n      }\n      best {\n        id\n      }\n    }\n  }\n": types.SubmitPeerRankingDocument,
    "\n  query TodayAttendance($date: LocalDate!, $employeeId: ID!) {\n    attendanceDay(date: $date, employeeId: $employeeId) {\n      date\n      status\n      checkIn\n      checkOut\n      checkInInArea\n      checkOutInArea\n      record {\n        ...TodayAttendanceRecord\n      }\n    }\n    myPlaces(date: $date) {\n      kind\n      name\n      latitude\n      longitude\n      radiusMetres\n    }\n  }\n": types.TodayAttendanceDocument,
    "\n  fragment TodayAttendanceRecord on AttendanceRecord {\n    id\n    date\n    checkIn {\n      time\n      inArea\n      place\n      accepted\n    }\n    checkOut {\n      time\n      inArea\n      place\n      accepted\n    }\n  }\n": types.TodayAttendanceRecordFragmentDoc,
    "\n  mutation CheckIn($input: CheckInput!) {\n    checkIn(input: $input) {\n      ...TodayAttendanceRecord\n    }\n  }\n": types.CheckInDocument,
    "\n  mutation CheckOut($input: CheckInput!) {\n    checkOut(input: $input) {\n      ...TodayAttendanceRecord\n    }\n  }\n": types.CheckOutDocument,
    "\n  fragment DraftResultSummary on DraftResult {\n    created {\n      id\n    }\n    skipped {\n      itemName\n      startTime\n      endTime\n      reason\n    }\n  }\n": types.DraftResultSummaryFragmentDoc,
    "\n  mutation CopyDay($from: LocalDate!, $to: LocalDate!) {\n    copyDay(from: $from, to: $to) {\n      ...DraftResultSummary\n    }\n  }\n": types.CopyDayDocument,
    "\n  mutation ApplySchedule($date: LocalDate!) {\n    applySchedule(date: $date) {\n      ...DraftResultSummary\n    }\n  }\n": types.ApplyScheduleDocument,
    "\n  mutation SubmitDay($date: LocalDate!) {\n    submitDay(date: $date) {\n      id\n      status\n      submittedAt\n    }\n  }\n": types.SubmitDayDocument,
    "\n  query DirectReports($after: String) {\n    subordinates(depth: 1, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nip\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DirectReportsDocument,
    "\n  fragment SessionEmployee on Employee {\n    id\n    name\n    nip\n    roles\n    directReportCount\n  }\n": types.SessionEmployeeFragmentDoc,
    "\n  query Session {\n    me {\n      ...SessionEmployee\n    }\n  }\n": types.SessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Login($nip: String!, $password: String!) {\n    login(nip: $nip, password: $password) {\n      employee {\n        ...SessionEmployee\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query MyProfile {\n    me {\n      ...ProfileEmployee\n      supervisor {\n        ...SupervisorSummary\n      }\n      actingAssignments {\n        ...ActingAssignmentItem\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  fragment ProfileEmployee on Employee {\n    id\n    name\n    nip\n    rank\n    employmentType\n    position {\n      id\n      name\n      jobClass\n    }\n    unit {\n      id\n      name\n    }\n  }\n": types.ProfileEmployeeFragmentDoc,
    "\n  fragment SupervisorSummary on Employee {\n    id\n    name\n    nip\n    position {\n      id\n      name\n    }\n  }\n": types.SupervisorSummaryFragmentDoc,
    "\n  fragment ActingAssignmentItem on ActingAssignment {\n    id\n    kind\n    startDate\n    endDate\n    position {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.ActingAssignmentItemFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyClock {\n    agency {\n      id\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query AgencyClock {\n    agency {\n      id\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DayEntry on ActivityEntry {\n    id\n    date\n    startTime\n    endTime\n    quantity\n    description\n    creditedMinutes\n    status\n    decisionNote\n    item {\n      id\n      code\n      name\n      outputUnit\n      standardMinutes\n      requiresEvidence\n      isFavourite\n    }\n    evidence {\n      id\n      kind\n      mimeType\n      originalName\n      thumbnailUrl\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment DayEntry on ActivityEntry {\n    id\n    date\n    startTime\n    endTime\n    quantity\n    description\n    creditedMinutes\n    status\n    decisionNote\n    item {\n      id\n      code\n      name\n      outputUnit\n      standardMinutes\n      requiresEvidence\n      isFavourite\n    }\n    evidence {\n      id\n      kind\n      mimeType\n      originalName\n      thumbnailUrl\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DayEntries($date: LocalDate!) {\n    myEntries(from: $date, to: $date) {\n      ...DayEntry\n    }\n    performancePolicy(date: $date) {\n      dailyMinimumMinutes\n    }\n  }\n"): (typeof documents)["\n  query DayEntries($date: LocalDate!) {\n    myEntries(from: $date, to: $date) {\n      ...DayEntry\n    }\n    performancePolicy(date: $date) {\n      dailyMinimumMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityItemOption on ActivityItem {\n    id\n    code\n    name\n    outputUnit\n    standardMinutes\n    requiresEvidence\n    isFavourite\n    category\n  }\n"): (typeof documents)["\n  fragment ActivityItemOption on ActivityItem {\n    id\n    code\n    name\n    outputUnit\n    standardMinutes\n    requiresEvidence\n    isFavourite\n    category\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityItemSearch($search: String, $first: Int) {\n    activityItems(search: $search, first: $first) {\n      edges {\n        node {\n          ...ActivityItemOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityItemSearch($search: String, $first: Int) {\n    activityItems(search: $search, first: $first) {\n      edges {\n        node {\n          ...ActivityItemOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFavouriteItem($itemId: ID!, $favourite: Boolean!) {\n    setFavouriteItem(itemId: $itemId, favourite: $favourite) {\n      id\n      isFavourite\n    }\n  }\n"): (typeof documents)["\n  mutation SetFavouriteItem($itemId: ID!, $favourite: Boolean!) {\n    setFavouriteItem(itemId: $itemId, favourite: $favourite) {\n      id\n      isFavourite\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      ...DayEntry\n    }\n  }\n"): (typeof documents)["\n  mutation LogActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      ...DayEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...DayEntry\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...DayEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeaveRequestItem on LeaveRequest {\n    id\n    kind\n    status\n    startDate\n    endDate\n    startTime\n    endTime\n    halfDay\n    reason\n    decisionNote\n    decidedAt\n    submittedAt\n    attachmentId\n    destination {\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LeaveRequestItem on LeaveRequest {\n    id\n    kind\n    status\n    startDate\n    endDate\n    startTime\n    endTime\n    halfDay\n    reason\n    decisionNote\n    decidedAt\n    submittedAt\n    attachmentId\n    destination {\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaveOverview($year: Int!) {\n    leaveBalance(year: $year) {\n      year\n      entitlement\n      carriedOver\n      used\n      pending\n      remaining\n    }\n    myLeaveRequests(year: $year) {\n      ...LeaveRequestItem\n    }\n  }\n"): (typeof documents)["\n  query LeaveOverview($year: Int!) {\n    leaveBalance(year: $year) {\n      year\n      entitlement\n      carriedOver\n      used\n      pending\n      remaining\n    }\n    myLeaveRequests(year: $year) {\n      ...LeaveRequestItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLeave($input: LeaveRequestInput!) {\n    requestLeave(input: $input) {\n      ...LeaveRequestItem\n    }\n  }\n"): (typeof documents)["\n  mutation RequestLeave($input: LeaveRequestInput!) {\n    requestLeave(input: $input) {\n      ...LeaveRequestItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelLeaveRequest($id: ID!) {\n    cancelLeaveRequest(id: $id) {\n      ...LeaveRequestItem\n    }\n  }\n"): (typeof documents)["\n  mutation CancelLeaveRequest($id: ID!) {\n    cancelLeaveRequest(id: $id) {\n      ...LeaveRequestItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarSettings {\n    agency {\n      id\n      timeZone\n    }\n    performancePolicy {\n      id\n      dailyMinimumMinutes\n      dailyCapMinutes\n    }\n  }\n"): (typeof documents)["\n  query CalendarSettings {\n    agency {\n      id\n      timeZone\n    }\n    performancePolicy {\n      id\n      dailyMinimumMinutes\n      dailyCapMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMonth($month: String!, $from: LocalDate!, $to: LocalDate!) {\n    myAttendance(month: $month) {\n      month\n      discipline\n      days {\n        date\n        status\n        leaveKind\n        provisional\n        lateMinutes\n        earlyMinutes\n      }\n    }\n    myEntries(from: $from, to: $to) {\n      id\n      date\n      status\n      creditedMinutes\n    }\n  }\n"): (typeof documents)["\n  query MyMonth($month: String!, $from: LocalDate!, $to: LocalDate!) {\n    myAttendance(month: $month) {\n      month\n      discipline\n      days {\n        date\n        status\n        leaveKind\n        provisional\n        lateMinutes\n        earlyMinutes\n      }\n    }\n    myEntries(from: $from, to: $to) {\n      id\n      date\n      status\n      creditedMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogQueuedActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      id\n      clientId\n      date\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation LogQueuedActivity($input: ActivityInput!) {\n    logActivity(input: $input) {\n      id\n      clientId\n      date\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMonthlyReport($employeeId: ID!, $period: String!) {\n    monthlyReport(employeeId: $employeeId, period: $period) {\n      employeeId\n      period\n      name\n      unitName\n      frozen\n      computedAt\n      achievement\n      approvedMainMinutes\n      approvedAdditionalMinutes\n      countedAdditionalMinutes\n      minutesAboveDailyCap\n      targetMinutes\n      excusedMinutes\n      daysUnderMinimum\n      discipline\n      deductions {\n        code\n        date\n        percent\n        cause\n      }\n      negativeActivities {\n        count\n        minutes\n      }\n      iki\n      skp\n      behaviour\n      behaviourValues {\n        value\n        score\n      }\n      peerPercentile\n      workResultRating\n      behaviourRating\n      predicate\n      tpp {\n        base\n        proratedBase\n        performancePart\n        disciplinePart\n        otherCuts\n        total\n        cuts {\n          key\n          cause\n          percent\n          amount\n        }\n      }\n      explanation {\n        key\n        text\n        value\n        sources\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMonthlyReport($employeeId: ID!, $period: String!) {\n    monthlyReport(employeeId: $employeeId, period: $period) {\n      employeeId\n      period\n      name\n      unitName\n      frozen\n      computedAt\n      achievement\n      approvedMainMinutes\n      approvedAdditionalMinutes\n      countedAdditionalMinutes\n      minutesAboveDailyCap\n      targetMinutes\n      excusedMinutes\n      daysUnderMinimum\n      discipline\n      deductions {\n        code\n        date\n        percent\n        cause\n      }\n      negativeActivities {\n        count\n        minutes\n      }\n      iki\n      skp\n      behaviour\n      behaviourValues {\n        value\n        score\n      }\n      peerPercentile\n      workResultRating\n      behaviourRating\n      predicate\n      tpp {\n        base\n        proratedBase\n        performancePart\n        disciplinePart\n        otherCuts\n        total\n        cuts {\n          key\n          cause\n          percent\n          amount\n        }\n      }\n      explanation {\n        key\n        text\n        value\n        sources\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportEntries($from: LocalDate!, $to: LocalDate!) {\n    myEntries(from: $from, to: $to) {\n      id\n      date\n      status\n      creditedMinutes\n    }\n  }\n"): (typeof documents)["\n  query ReportEntries($from: LocalDate!, $to: LocalDate!) {\n    myEntries(from: $from, to: $to) {\n      id\n      date\n      status\n      creditedMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPeriods($year: Int!, $previousYear: Int!) {\n    periods(year: $year) {\n      month\n      closed\n    }\n    previous: periods(year: $previousYear) {\n      month\n      closed\n    }\n  }\n"): (typeof documents)["\n  query ReportPeriods($year: Int!, $previousYear: Int!) {\n    periods(year: $year) {\n      month\n      closed\n    }\n    previous: periods(year: $previousYear) {\n      month\n      closed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBehaviourSummary($employeeId: ID!, $period: String!) {\n    behaviourSummary(employeeId: $employeeId, period: $period) {\n      period\n      score\n      rating\n      minRaters\n      values {\n        value\n        score\n      }\n      kinds {\n        kind\n        count\n        score\n        shown\n        counted\n        effectiveWeight\n      }\n      comments {\n        kind\n        value\n        comment\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBehaviourSummary($employeeId: ID!, $period: String!) {\n    behaviourSummary(employeeId: $employeeId, period: $period) {\n      period\n      score\n      rating\n      minRaters\n      values {\n        value\n        score\n      }\n      kinds {\n        kind\n        count\n        score\n        shown\n        counted\n        effectiveWeight\n      }\n      comments {\n        kind\n        value\n        comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthTaskIki on IkiReportView {\n    period\n    employee {\n      id\n    }\n    status\n    closed\n    late\n    dueDate\n    canSubmit\n    score\n    plan {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment MonthTaskIki on IkiReportView {\n    period\n    employee {\n      id\n    }\n    status\n    closed\n    late\n    dueDate\n    canSubmit\n    score\n    plan {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthTaskReview on ReviewAssignment {\n    id\n    kind\n    submitted\n    editable\n    late\n    dueDate\n  }\n"): (typeof documents)["\n  fragment MonthTaskReview on ReviewAssignment {\n    id\n    kind\n    submitted\n    editable\n    late\n    dueDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthTaskRanking on PeerRankingAssignment {\n    id\n    submitted\n    editable\n    late\n    dueDate\n    submittedAt\n  }\n"): (typeof documents)["\n  fragment MonthTaskRanking on PeerRankingAssignment {\n    id\n    submitted\n    editable\n    late\n    dueDate\n    submittedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyTasks($period: String!) {\n    ikiReport(period: $period) {\n      ...MonthTaskIki\n    }\n    myReviewAssignments(period: $period) {\n      ...MonthTaskReview\n    }\n    myPeerRanking(period: $period) {\n      ...MonthTaskRanking\n    }\n  }\n"): (typeof documents)["\n  query MonthlyTasks($period: String!) {\n    ikiReport(period: $period) {\n      ...MonthTaskIki\n    }\n    myReviewAssignments(period: $period) {\n      ...MonthTaskReview\n    }\n    myPeerRanking(period: $period) {\n      ...MonthTaskRanking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyTasksBadge($previous: String!, $current: String!) {\n    previousIki: ikiReport(period: $previous) {\n      ...MonthTaskIki\n    }\n    previousReviews: myReviewAssignments(period: $previous) {\n      ...MonthTaskReview\n    }\n    previousRanking: myPeerRanking(period: $previous) {\n      ...MonthTaskRanking\n    }\n    currentIki: ikiReport(period: $current) {\n      ...MonthTaskIki\n    }\n    currentReviews: myReviewAssignments(period: $current) {\n      ...MonthTaskReview\n    }\n    currentRanking: myPeerRanking(period: $current) {\n      ...MonthTaskRanking\n    }\n  }\n"): (typeof documents)["\n  query MonthlyTasksBadge($previous: String!, $current: String!) {\n    previousIki: ikiReport(period: $previous) {\n      ...MonthTaskIki\n    }\n    previousReviews: myReviewAssignments(period: $previous) {\n      ...MonthTaskReview\n    }\n    previousRanking: myPeerRanking(period: $previous) {\n      ...MonthTaskRanking\n    }\n    currentIki: ikiReport(period: $current) {\n      ...MonthTaskIki\n    }\n    currentReviews: myReviewAssignments(period: $current) {\n      ...MonthTaskReview\n    }\n    currentRanking: myPeerRanking(period: $current) {\n      ...MonthTaskRanking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAssignments($period: String!) {\n    myReviewAssignments(period: $period) {\n      ...MonthTaskReview\n      submittedAt\n      ratee {\n        id\n        name\n        position {\n          id\n          name\n        }\n      }\n      ratings {\n        value\n        score\n        comment\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewAssignments($period: String!) {\n    myReviewAssignments(period: $period) {\n      ...MonthTaskReview\n      submittedAt\n      ratee {\n        id\n        name\n        position {\n          id\n          name\n        }\n      }\n      ratings {\n        value\n        score\n        comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBehaviourReview($input: BehaviourReviewInput!) {\n    submitBehaviourReview(input: $input) {\n      ...MonthTaskReview\n      submittedAt\n      ratings {\n        value\n        score\n        comment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitBehaviourReview($input: BehaviourReviewInput!) {\n    submitBehaviourReview(input: $input) {\n      ...MonthTaskReview\n      submittedAt\n      ratings {\n        value\n        score\n        comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IkiReportTask($period: String!) {\n    ikiReport(period: $period) {\n      ...MonthTaskIki\n      ...IkiReportDetails\n    }\n  }\n"): (typeof documents)["\n  query IkiReportTask($period: String!) {\n    ikiReport(period: $period) {\n      ...MonthTaskIki\n      ...IkiReportDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IkiReportDetails on IkiReportView {\n    skpScore\n    report {\n      id\n      status\n      late\n      submittedAt\n      decisionNote\n    }\n    plan {\n      id\n      year\n      status\n      decisionNote\n      results {\n        id\n        title\n        indicators {\n          id\n          name\n          kind\n          target\n          unit\n        }\n      }\n    }\n    lines {\n      indicator {\n        id\n        name\n        kind\n        target\n        unit\n        practiceId\n      }\n      result {\n        id\n        title\n      }\n      realisation {\n        id\n        realisation\n        observation\n        note\n        score\n      }\n      evidence {\n        id\n        originalName\n        thumbnailUrl\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IkiReportDetails on IkiReportView {\n    skpScore\n    report {\n      id\n      status\n      late\n      submittedAt\n      decisionNote\n    }\n    plan {\n      id\n      year\n      status\n      decisionNote\n      results {\n        id\n        title\n        indicators {\n          id\n          name\n          kind\n          target\n          unit\n        }\n      }\n    }\n    lines {\n      indicator {\n        id\n        name\n        kind\n        target\n        unit\n        practiceId\n      }\n      result {\n        id\n        title\n      }\n      realisation {\n        id\n        realisation\n        observation\n        note\n        score\n      }\n      evidence {\n        id\n        originalName\n        thumbnailUrl\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIkiReport($period: String!, $realisations: [IkiRealisationInput!]!) {\n    submitIkiReport(period: $period, realisations: $realisations) {\n      ...MonthTaskIki\n      ...IkiReportDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitIkiReport($period: String!, $realisations: [IkiRealisationInput!]!) {\n    submitIkiReport(period: $period, realisations: $realisations) {\n      ...MonthTaskIki\n      ...IkiReportDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerRankingTask($period: String!) {\n    myPeerRanking(period: $period) {\n      ...MonthTaskRanking\n      period\n      coworkers {\n        id\n        name\n        position {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n      ranking {\n        id\n      }\n      best {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeerRankingTask($period: String!) {\n    myPeerRanking(period: $period) {\n      ...MonthTaskRanking\n      period\n      coworkers {\n        id\n        name\n        position {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n      ranking {\n        id\n      }\n      best {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPeerRanking($period: String!, $ordered: [ID!]!, $best: ID!) {\n    submitPeerRanking(period: $period, orderedEmployeeIds: $ordered, bestEmployeeId: $best) {\n      ...MonthTaskRanking\n      ranking {\n        id\n      }\n      best {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPeerRanking($period: String!, $ordered: [ID!]!, $best: ID!) {\n    submitPeerRanking(period: $period, orderedEmployeeIds: $ordered, bestEmployeeId: $best) {\n      ...MonthTaskRanking\n      ranking {\n        id\n      }\n      best {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayAttendance($date: LocalDate!, $employeeId: ID!) {\n    attendanceDay(date: $date, employeeId: $employeeId) {\n      date\n      status\n      checkIn\n      checkOut\n      checkInInArea\n      checkOutInArea\n      record {\n        ...TodayAttendanceRecord\n      }\n    }\n    myPlaces(date: $date) {\n      kind\n      name\n      latitude\n      longitude\n      radiusMetres\n    }\n  }\n"): (typeof documents)["\n  query TodayAttendance($date: LocalDate!, $employeeId: ID!) {\n    attendanceDay(date: $date, employeeId: $employeeId) {\n      date\n      status\n      checkIn\n      checkOut\n      checkInInArea\n      checkOutInArea\n      record {\n        ...TodayAttendanceRecord\n      }\n    }\n    myPlaces(date: $date) {\n      kind\n      name\n      latitude\n      longitude\n      radiusMetres\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TodayAttendanceRecord on AttendanceRecord {\n    id\n    date\n    checkIn {\n      time\n      inArea\n      place\n      accepted\n    }\n    checkOut {\n      time\n      inArea\n      place\n      accepted\n    }\n  }\n"): (typeof documents)["\n  fragment TodayAttendanceRecord on AttendanceRecord {\n    id\n    date\n    checkIn {\n      time\n      inArea\n      place\n      accepted\n    }\n    checkOut {\n      time\n      inArea\n      place\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($input: CheckInput!) {\n    checkIn(input: $input) {\n      ...TodayAttendanceRecord\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($input: CheckInput!) {\n    checkIn(input: $input) {\n      ...TodayAttendanceRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckOut($input: CheckInput!) {\n    checkOut(input: $input) {\n      ...TodayAttendanceRecord\n    }\n  }\n"): (typeof documents)["\n  mutation CheckOut($input: CheckInput!) {\n    checkOut(input: $input) {\n      ...TodayAttendanceRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftResultSummary on DraftResult {\n    created {\n      id\n    }\n    skipped {\n      itemName\n      startTime\n      endTime\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment DraftResultSummary on DraftResult {\n    created {\n      id\n    }\n    skipped {\n      itemName\n      startTime\n      endTime\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyDay($from: LocalDate!, $to: LocalDate!) {\n    copyDay(from: $from, to: $to) {\n      ...DraftResultSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CopyDay($from: LocalDate!, $to: LocalDate!) {\n    copyDay(from: $from, to: $to) {\n      ...DraftResultSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplySchedule($date: LocalDate!) {\n    applySchedule(date: $date) {\n      ...DraftResultSummary\n    }\n  }\n"): (typeof documents)["\n  mutation ApplySchedule($date: LocalDate!) {\n    applySchedule(date: $date) {\n      ...DraftResultSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDay($date: LocalDate!) {\n    submitDay(date: $date) {\n      id\n      status\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDay($date: LocalDate!) {\n    submitDay(date: $date) {\n      id\n      status\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectReports($after: String) {\n    subordinates(depth: 1, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nip\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectReports($after: String) {\n    subordinates(depth: 1, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nip\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionEmployee on Employee {\n    id\n    name\n    nip\n    roles\n    directReportCount\n  }\n"): (typeof documents)["\n  fragment SessionEmployee on Employee {\n    id\n    name\n    nip\n    roles\n    directReportCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      ...SessionEmployee\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      ...SessionEmployee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($nip: String!, $password: String!) {\n    login(nip: $nip, password: $password) {\n      employee {\n        ...SessionEmployee\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($nip: String!, $password: String!) {\n    login(nip: $nip, password: $password) {\n      employee {\n        ...SessionEmployee\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      ...ProfileEmployee\n      supervisor {\n        ...SupervisorSummary\n      }\n      actingAssignments {\n        ...ActingAssignmentItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      ...ProfileEmployee\n      supervisor {\n        ...SupervisorSummary\n      }\n      actingAssignments {\n        ...ActingAssignmentItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileEmployee on Employee {\n    id\n    name\n    nip\n    rank\n    employmentType\n    position {\n      id\n      name\n      jobClass\n    }\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileEmployee on Employee {\n    id\n    name\n    nip\n    rank\n    employmentType\n    position {\n      id\n      name\n      jobClass\n    }\n    unit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisorSummary on Employee {\n    id\n    name\n    nip\n    position {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisorSummary on Employee {\n    id\n    name\n    nip\n    position {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActingAssignmentItem on ActingAssignment {\n    id\n    kind\n    startDate\n    endDate\n    position {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActingAssignmentItem on ActingAssignment {\n    id\n    kind\n    startDate\n    endDate\n    position {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;