import { graphql } from '@kinerja/schema/gql';

/** Today's attendance of the caller and where a check counts as inside. */
export const TodayAttendanceQuery = graphql(`
  query TodayAttendance($date: LocalDate!, $employeeId: ID!) {
    attendanceDay(date: $date, employeeId: $employeeId) {
      date
      status
      checkIn
      checkOut
      checkInInArea
      checkOutInArea
      record {
        ...TodayAttendanceRecord
      }
    }
    myPlaces(date: $date) {
      kind
      name
      latitude
      longitude
      radiusMetres
    }
  }
`);

export const TodayAttendanceRecordFragment = graphql(`
  fragment TodayAttendanceRecord on AttendanceRecord {
    id
    date
    checkIn {
      time
      inArea
      place
      accepted
    }
    checkOut {
      time
      inArea
      place
      accepted
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($input: CheckInput!) {
    checkIn(input: $input) {
      ...TodayAttendanceRecord
    }
  }
`);

export const CheckOutMutation = graphql(`
  mutation CheckOut($input: CheckInput!) {
    checkOut(input: $input) {
      ...TodayAttendanceRecord
    }
  }
`);

export const DraftResultFragment = graphql(`
  fragment DraftResultSummary on DraftResult {
    created {
      id
    }
    skipped {
      itemName
      startTime
      endTime
      reason
    }
  }
`);

export const CopyDayMutation = graphql(`
  mutation CopyDay($from: LocalDate!, $to: LocalDate!) {
    copyDay(from: $from, to: $to) {
      ...DraftResultSummary
    }
  }
`);

export const ApplyScheduleMutation = graphql(`
  mutation ApplySchedule($date: LocalDate!) {
    applySchedule(date: $date) {
      ...DraftResultSummary
    }
  }
`);

export const SubmitDayMutation = graphql(`
  mutation SubmitDay($date: LocalDate!) {
    submitDay(date: $date) {
      id
      status
      submittedAt
    }
  }
`);
