import { graphql } from '@kinerja/schema/gql';

/** Every figure of a group (a department, a unit with its subtree, the agency) for one month. */
export const GroupFiguresFragment = graphql(`
  fragment GroupFigures on DepartmentFigures {
    unitId
    code
    name
    kind
    headCount
    meetingTargetCount
    shareMeetingTarget
    meanAchievement
    meanDiscipline
    pendingEntries
    oldestPendingAgeDays
    tppTotal
    tppBudget
    tppShareOfBudget
    approvedMinutes
    workingMinutes
    workloadPercent
    rank
    distribution {
      label
      from
      to
      count
    }
    trend {
      month
      fromSnapshot
      headCount
      meanAchievement
      meanDiscipline
      shareMeetingTarget
      tppTotal
    }
  }
`);

export const DepartmentPerformanceQuery = graphql(`
  query DepartmentPerformance($period: String!) {
    departmentPerformance(period: $period) {
      period
      fromSnapshot
      agency {
        ...GroupFigures
      }
      departments {
        ...GroupFigures
      }
      ranking {
        rank
        unitId
        name
        meanAchievement
      }
      distribution {
        label
        from
        to
        count
      }
    }
  }
`);

/** A unit's parents up to the agency, for the breadcrumb (the org chart is at most a few deep). */
export const UnitTrailFragment = graphql(`
  fragment UnitTrail on OrgUnit {
    id
    name
    kind
    parent {
      id
      name
      kind
      parent {
        id
        name
        kind
        parent {
          id
          name
          kind
          parent {
            id
            name
            kind
            parent {
              id
              name
              kind
            }
          }
        }
      }
    }
  }
`);

export const UnitPerformanceQuery = graphql(`
  query UnitPerformance($period: String!, $unitId: ID!) {
    unitPerformance(period: $period, unitId: $unitId) {
      period
      fromSnapshot
      unit {
        ...GroupFigures
      }
      children {
        ...GroupFigures
      }
      ranking {
        rank
        unitId
        name
        meanAchievement
      }
      people {
        employeeId
        name
        nip
        positionName
        achievement
        discipline
        meetsTarget
        pendingEntries
        targetMinutes
        countedMinutes
        tppTotal
      }
    }
    orgUnit(id: $unitId) {
      ...UnitTrail
    }
  }
`);

/** The person's directory card and unit (for the breadcrumb). */
export const PerformancePersonQuery = graphql(`
  query PerformancePerson($employeeId: ID!) {
    employee(id: $employeeId) {
      id
      name
      nip
      position {
        name
      }
      unit {
        ...UnitTrail
      }
    }
  }
`);

/** The person's entries of the month, by date and time. */
export const PerformanceEntriesQuery = graphql(`
  query PerformanceEntries($employeeId: ID!, $from: LocalDate!, $to: LocalDate!) {
    activityEntries(employeeId: $employeeId, from: $from, to: $to) {
      id
      date
      startTime
      endTime
      quantity
      creditedMinutes
      status
      description
      decisionNote
      item {
        id
        code
        name
        category
        standardMinutes
        outputUnit
      }
      evidence {
        id
        kind
        url
        originalName
      }
    }
  }
`);

export const ExportDepartmentPerformanceQuery = graphql(`
  query ExportDepartmentPerformance($period: String!, $format: SpreadsheetFormat!) {
    exportDepartmentPerformance(period: $period, format: $format) {
      filename
      mimeType
      base64
    }
  }
`);

export const ExportTppRecapQuery = graphql(`
  query ExportTppRecap($period: String!, $format: SpreadsheetFormat!, $unitId: ID) {
    exportTppRecap(period: $period, format: $format, unitId: $unitId) {
      filename
      mimeType
      base64
    }
  }
`);
