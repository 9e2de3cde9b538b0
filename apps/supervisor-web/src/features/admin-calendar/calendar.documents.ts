import { graphql } from '@kinerja/schema/gql';

export const AdminHolidayFragment = graphql(`
  fragment AdminHoliday on Holiday {
    date
    name
    kind
  }
`);

export const AdminWorkPatternFragment = graphql(`
  fragment AdminWorkPattern on WorkPattern {
    id
    code
    name
    isDefault
    days {
      weekday
      start
      end
      breakMinutes
      netMinutes
    }
  }
`);

export const AdminSpecialPeriodFragment = graphql(`
  fragment AdminSpecialPeriod on SpecialPeriod {
    id
    name
    startDate
    endDate
    pattern {
      id
      name
    }
    basePattern {
      id
      name
    }
  }
`);

/** A year of the calendar: holidays, special periods, and the patterns to pick from. */
export const CalendarYearQuery = graphql(`
  query AdminCalendarYear($year: Int!) {
    holidays(year: $year) {
      ...AdminHoliday
    }
    specialPeriods(year: $year) {
      ...AdminSpecialPeriod
    }
    workPatterns {
      id
      name
      isDefault
    }
  }
`);

export const CreateHolidayMutation = graphql(`
  mutation AdminCreateHoliday($input: HolidayInput!) {
    createHoliday(input: $input) {
      ...AdminHoliday
    }
  }
`);

export const DeleteHolidayMutation = graphql(`
  mutation AdminDeleteHoliday($date: LocalDate!) {
    deleteHoliday(date: $date)
  }
`);

export const ImportHolidaysMutation = graphql(`
  mutation AdminImportHolidays($csv: String!) {
    importHolidays(csv: $csv) {
      ok
      created
      updated
      rejected {
        line
        date
        messages
      }
    }
  }
`);

export const CreateSpecialPeriodMutation = graphql(`
  mutation AdminCreateSpecialPeriod($input: SpecialPeriodInput!) {
    createSpecialPeriod(input: $input) {
      ...AdminSpecialPeriod
    }
  }
`);

export const DeleteSpecialPeriodMutation = graphql(`
  mutation AdminDeleteSpecialPeriod($id: ID!) {
    deleteSpecialPeriod(id: $id)
  }
`);

/** A unit's working days of a month, with the year's holidays and special periods to explain them. */
export const WorkingMonthQuery = graphql(`
  query AdminWorkingMonth($month: String!, $unitId: ID!, $year: Int!) {
    workingDays(month: $month, unitId: $unitId) {
      month
      days
      count
      workingMinutes
    }
    holidays(year: $year) {
      ...AdminHoliday
    }
    specialPeriods(year: $year) {
      ...AdminSpecialPeriod
    }
  }
`);

/** The patterns with their weekdays and the units that set each as their own. */
export const WorkPatternsQuery = graphql(`
  query AdminWorkPatterns {
    workPatterns {
      ...AdminWorkPattern
      units {
        id
        name
        parent {
          id
          name
        }
      }
    }
  }
`);

export const CreateWorkPatternMutation = graphql(`
  mutation AdminCreateWorkPattern($input: WorkPatternInput!) {
    createWorkPattern(input: $input) {
      ...AdminWorkPattern
    }
  }
`);

export const UpdateWorkPatternMutation = graphql(`
  mutation AdminUpdateWorkPattern($id: ID!, $input: WorkPatternInput!) {
    updateWorkPattern(id: $id, input: $input) {
      ...AdminWorkPattern
    }
  }
`);

export const DeleteWorkPatternMutation = graphql(`
  mutation AdminDeleteWorkPattern($id: ID!) {
    deleteWorkPattern(id: $id)
  }
`);

export const SetUnitWorkPatternMutation = graphql(`
  mutation AdminSetUnitWorkPattern($unitId: ID!, $patternId: ID) {
    setUnitWorkPattern(unitId: $unitId, patternId: $patternId) {
      id
      workPattern {
        id
        name
      }
    }
  }
`);

/** One level of the unit tree (the top units without a parent). */
export const UnitLevelQuery = graphql(`
  query AdminUnitLevel($parentId: ID) {
    orgUnits(parentId: $parentId) {
      id
      name
      kind
    }
  }
`);

export const AdminOfficeFragment = graphql(`
  fragment AdminOffice on OfficeLocation {
    id
    name
    latitude
    longitude
    radiusMetres
    units {
      id
      name
      parent {
        id
        name
      }
    }
  }
`);

export const OfficeLocationsQuery = graphql(`
  query AdminOfficeLocations {
    officeLocations {
      ...AdminOffice
    }
  }
`);

export const CreateOfficeLocationMutation = graphql(`
  mutation AdminCreateOfficeLocation($input: OfficeLocationInput!) {
    createOfficeLocation(input: $input) {
      ...AdminOffice
    }
  }
`);

export const UpdateOfficeLocationMutation = graphql(`
  mutation AdminUpdateOfficeLocation($id: ID!, $input: OfficeLocationInput!) {
    updateOfficeLocation(id: $id, input: $input) {
      ...AdminOffice
    }
  }
`);

export const DeleteOfficeLocationMutation = graphql(`
  mutation AdminDeleteOfficeLocation($id: ID!) {
    deleteOfficeLocation(id: $id)
  }
`);

export const AssignOfficeLocationMutation = graphql(`
  mutation AdminAssignOfficeLocation($unitId: ID!, $locationId: ID!) {
    assignOfficeLocation(unitId: $unitId, locationId: $locationId) {
      ...AdminOffice
    }
  }
`);

export const UnassignOfficeLocationMutation = graphql(`
  mutation AdminUnassignOfficeLocation($unitId: ID!, $locationId: ID!) {
    unassignOfficeLocation(unitId: $unitId, locationId: $locationId)
  }
`);
