/**
 * The seam with the reminders: who still has to answer an open questionnaire due on a date.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { targetCtes } from './questionnaire.targets.js';

export interface QuestionnaireDue {
  employeeId: string;
  questionnaireId: string;
  title: string;
}

/**
 * The people targeted by an OPEN questionnaire of the agency whose deadline is `dueDate`
 * (YYYY-MM-DD) who have not answered it yet, in one statement (targets computed live, see
 * questionnaire.targets.ts). Ordered by questionnaire, then employee.
 */
export async function questionnairesDueOn(
  em: EntityManager,
  agencyId: string,
  dueDate: string,
): Promise<QuestionnaireDue[]> {
  return query<QuestionnaireDue>(
    em,
    `with recursive
     tq as (
       select q.agency_id, q.id, q.audience, q.department_id, q.position_kind, q.period
         from questionnaire q
        where q.agency_id = $1 and q.status = 'OPEN' and q.deadline = $2::date
     ),
     ${targetCtes()}
     select t.employee_id as "employeeId", t.questionnaire_id as "questionnaireId", q.title
       from target t
       join questionnaire q on q.agency_id = $1 and q.id = t.questionnaire_id
      where not exists (
              select 1 from questionnaire_response r
               where r.agency_id = $1 and r.questionnaire_id = t.questionnaire_id
                 and r.employee_id = t.employee_id)
      order by q.id, t.employee_id`,
    [agencyId, dueDate],
  );
}
