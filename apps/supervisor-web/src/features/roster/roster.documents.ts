import { graphql } from '@kinerja/schema/gql';

/** A shift as the roster pages show it. */
export const RosterShiftFragment = graphql(`
  fragment RosterShift on ShiftPattern {
    id
    code
    name
    start
    end
    crossesMidnight
    minutes
    active
  }
`);

/** The units whose roster the caller edits. */
export const RosterUnitsQuery = graphql(`
  query RosterUnits {
    rosterUnits {
      id
      name
    }
  }
`);

/** A unit's roster over a range (a month), with its active shifts and whether it may be changed. */
export const RosterQuery = graphql(`
  query Roster($unitId: ID!, $from: LocalDate!, $to: LocalDate!) {
    roster(unitId: $unitId, from: $from, to: $to) {
      unit {
        id
        name
      }
      from
      to
      canEdit
      closedBefore
      patterns {
        ...RosterShift
      }
      rows {
        employee {
          id
          nip
          name
        }
        workingDays
        cells {
          employeeId
          date
          dayOff
          shift {
            ...RosterShift
          }
        }
      }
    }
  }
`);

/** The holidays of the years the shown dates fall in (a week may span two), to mark them. */
export const RosterHolidaysQuery = graphql(`
  query RosterHolidays($year: Int!, $lastYear: Int!) {
    holidays(year: $year) {
      date
      name
    }
    last: holidays(year: $lastYear) {
      date
      name
    }
  }
`);

export const SetRosterCellsMutation = graphql(`
  mutation SetRosterCells($unitId: ID!, $cells: [RosterCellInput!]!) {
    setRosterCells(unitId: $unitId, cells: $cells) {
      saved
      cleared
    }
  }
`);

export const CopyRosterWeekMutation = graphql(`
  mutation CopyRosterWeek($unitId: ID!, $fromMonday: LocalDate!, $toMonday: LocalDate!) {
    copyRosterWeek(unitId: $unitId, fromMonday: $fromMonday, toMonday: $toMonday) {
      saved
      cleared
    }
  }
`);

export const ImportRosterMutation = graphql(`
  mutation ImportRoster($unitId: ID!, $file: String!, $format: SpreadsheetFormat!) {
    importRoster(unitId: $unitId, file: $file, format: $format) {
      saved
      errors
      rows {
        row
        nip
        date
        code
        error
      }
    }
  }
`);

/** A unit's shifts, the inactive ones too. */
export const ShiftPatternsQuery = graphql(`
  query ShiftPatterns($unitId: ID!) {
    shiftPatterns(unitId: $unitId) {
      ...RosterShift
    }
  }
`);

export const CreateShiftPatternMutation = graphql(`
  mutation CreateShiftPattern($input: ShiftPatternInput!) {
    createShiftPattern(input: $input) {
      ...RosterShift
    }
  }
`);

export const UpdateShiftPatternMutation = graphql(`
  mutation UpdateShiftPattern($id: ID!, $input: ShiftPatternInput!) {
    updateShiftPattern(id: $id, input: $input) {
      ...RosterShift
    }
  }
`);

export const DeleteShiftPatternMutation = graphql(`
  mutation DeleteShiftPattern($id: ID!) {
    deleteShiftPattern(id: $id)
  }
`);
