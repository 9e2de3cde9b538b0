/**
 * Per-request loaders of a questionnaire's fields: its questions and its counts, each one
 * statement for every questionnaire of a response.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { query } from '../../common/sql.js';
import { targetCtes } from './questionnaire.targets.js';
import { QUESTION_COLUMNS } from './questionnaires.service.js';
import type { Question } from './questionnaires.types.js';

export interface QuestionnaireCounts {
  targetCount: number;
  responseCount: number;
}

export function createQuestionnaireLoaders(em: EntityManager, agencyId: string) {
  return {
    questions: new DataLoader<string, Question[]>(async (ids) => {
      const rows = await query<Question>(
        em,
        `select ${QUESTION_COLUMNS} from questionnaire_question qq
          where qq.agency_id = $1 and qq.questionnaire_id = any ($2::uuid[])
          order by qq.questionnaire_id, qq.position`,
        [agencyId, [...ids]],
      );
      return ids.map((id) => rows.filter((r) => r.questionnaireId === id));
    }),
    /** People targeted now (live) and responses received. */
    counts: new DataLoader<string, QuestionnaireCounts>(async (ids) => {
      const rows = await query<QuestionnaireCounts & { id: string }>(
        em,
        `with recursive
         tq as (
           select q.agency_id, q.id, q.audience, q.department_id, q.position_kind, q.period
             from questionnaire q where q.agency_id = $1 and q.id = any ($2::uuid[])
         ),
         ${targetCtes()},
         targets as (select questionnaire_id, count(*)::int as n from target group by questionnaire_id),
         responses as (
           select r.questionnaire_id, count(*)::int as n from questionnaire_response r
            where r.agency_id = $1 and r.questionnaire_id = any ($2::uuid[])
            group by r.questionnaire_id
         )
         select tq.id, coalesce(t.n, 0) as "targetCount", coalesce(r.n, 0) as "responseCount"
           from tq
           left join targets t on t.questionnaire_id = tq.id
           left join responses r on r.questionnaire_id = tq.id`,
        [agencyId, [...ids]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? { targetCount: 0, responseCount: 0 });
    }),
  };
}
