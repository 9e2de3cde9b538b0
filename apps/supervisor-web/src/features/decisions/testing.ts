/**
 * Test helpers of the decisions feature: queue rows shaped as the API sends them (with their
 * __typename, so Apollo's cache stores them as it would in the app) and a fake API that answers
 * each operation by name.
 */
import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import type { LeaveKind } from './leaveRequests';

export interface FakeRequest {
  id: string;
  person: { id: string; name: string };
  kind: LeaveKind;
  startDate: string;
  endDate?: string;
  workingDays?: number;
  reason?: string;
}

export function queueRow(r: FakeRequest) {
  return {
    __typename: 'LeaveQueueRow',
    escalated: false,
    decisionSource: 'SUPERVISOR',
    workingDaysPending: 2,
    workingDays: r.workingDays ?? 1,
    annualBalance:
      r.kind === 'ANNUAL'
        ? {
            __typename: 'LeaveBalance',
            year: Number(r.startDate.slice(0, 4)),
            entitlement: 12,
            carriedOver: 6,
            used: 4,
            pending: 2,
            remaining: 12,
          }
        : null,
    employee: {
      __typename: 'Employee',
      id: r.person.id,
      name: r.person.name,
      nip: '199001012015031001',
      position: { __typename: 'Position', id: `pos-${r.person.id}`, name: 'Pranata Komputer' },
    },
    request: {
      __typename: 'LeaveRequest',
      id: r.id,
      kind: r.kind,
      status: 'PENDING',
      startDate: r.startDate,
      endDate: r.endDate ?? r.startDate,
      startTime: r.kind === 'PERMIT_LATE' ? '07:30' : null,
      endTime: r.kind === 'PERMIT_LATE' ? '09:00' : null,
      halfDay: false,
      reason: r.reason ?? 'Keperluan keluarga',
      submittedAt: '2026-11-20T02:00:00.000Z',
      destination: null,
      attachment: null,
    },
    overlaps: [],
  };
}

type Handler = (variables: Record<string, unknown>) => object;

/** An Apollo client whose API answers each operation with its handler; `sent` records the calls. */
export function fakeApi(handlers: Record<string, Handler>) {
  const sent: { operation: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ operation: operation.operationName, variables: operation.variables });
        const handle = handlers[operation.operationName];
        // Answer on a later tick, as a server would.
        setTimeout(() => {
          observer.next(handle ? handle(operation.variables) : { data: null });
          observer.complete();
        });
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}
