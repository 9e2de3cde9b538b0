import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ExportedFile, SpreadsheetFormat } from '../../common/spreadsheet/spreadsheet.js';
import type { Context, ViewerScope } from '../../context.js';
import { Employee } from '../organisation/employee.entity.js';
import { OrgUnit } from '../organisation/org-unit.entity.js';
import { Role } from '../organisation/organisation.enums.js';
import { AnswerInput, QuestionnaireInput } from './questionnaires.inputs.js';
import { createQuestionnaireLoaders } from './questionnaires.loaders.js';
import { QuestionnairesService } from './questionnaires.service.js';
import {
  Question,
  Questionnaire,
  QuestionnaireRespondent,
  QuestionnaireResults,
  QuestionnaireTask,
} from './questionnaires.types.js';

interface Bound {
  service: QuestionnairesService;
  loaders: ReturnType<typeof createQuestionnaireLoaders>;
}
const bound = new WeakMap<ViewerScope, Bound>();

function of(ctx: Context): Bound {
  const scope = ctx.scope();
  let b = bound.get(scope);
  if (!b) {
    b = {
      service: new QuestionnairesService(
        scope.em,
        scope.viewer,
        scope.today,
        scope.now,
        ctx.locale,
        ctx.requestId,
      ),
      loaders: createQuestionnaireLoaders(scope.em, scope.viewer.agencyId),
    };
    bound.set(scope, b);
  }
  return b;
}

@Resolver(() => Questionnaire)
export class QuestionnaireResolver {
  @Authorized(Role.AGENCY_ADMIN)
  @Query(() => [Questionnaire], {
    description:
      'Agency admins: the agency’s questionnaires, newest period first (optionally one period, YYYY-MM).',
  })
  questionnaires(
    @Arg('period', () => String, { nullable: true }) period: string | null,
    @Ctx() ctx: Context,
  ): Promise<Questionnaire[]> {
    return of(ctx).service.list(period ?? null);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Query(() => Questionnaire, { description: 'Agency admins: one questionnaire.' })
  questionnaire(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Questionnaire> {
    return of(ctx).service.get(id);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Query(() => QuestionnaireResults, {
    description:
      'Agency admins: the results per question (counts, averages, distributions, texts); who answered only when not anonymous.',
  })
  questionnaireResults(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<QuestionnaireResults> {
    return of(ctx).service.results(id);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Query(() => ExportedFile, {
    description:
      'Agency admins: the results as a file (XLSX: a summary sheet per question + an answers sheet, without names when anonymous; CSV: the answers).',
  })
  exportQuestionnaireResults(
    @Arg('id', () => ID) id: string,
    @Arg('format', () => SpreadsheetFormat) format: SpreadsheetFormat,
    @Ctx() ctx: Context,
  ): Promise<ExportedFile> {
    return of(ctx).service.export(id, format);
  }

  @Authorized()
  @Query(() => [QuestionnaireTask], {
    description:
      'The caller’s questionnaires of a month (YYYY-MM): open or closed ones that target them (or that they answered), by deadline.',
  })
  myQuestionnaires(
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
  ): Promise<QuestionnaireTask[]> {
    return of(ctx).service.myQuestionnaires(period);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Questionnaire, { description: 'Agency admins: a new questionnaire, as a DRAFT.' })
  createQuestionnaire(
    @Arg('input', () => QuestionnaireInput) input: QuestionnaireInput,
    @Ctx() ctx: Context,
  ): Promise<Questionnaire> {
    return of(ctx).service.create(input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Questionnaire, {
    description: 'Agency admins: rewrites a DRAFT questionnaire (CONFLICT once opened).',
  })
  updateQuestionnaire(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => QuestionnaireInput) input: QuestionnaireInput,
    @Ctx() ctx: Context,
  ): Promise<Questionnaire> {
    return of(ctx).service.update(id, input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Questionnaire, {
    description:
      'Agency admins: opens a DRAFT questionnaire to the people it targets (CONFLICT when its deadline has passed).',
  })
  openQuestionnaire(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Questionnaire> {
    return of(ctx).service.open(id);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Boolean, { description: 'Agency admins: deletes a DRAFT questionnaire.' })
  deleteQuestionnaire(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return of(ctx).service.delete(id);
  }

  @Authorized()
  @Mutation(() => QuestionnaireTask, {
    description:
      'Answers (or re-answers until the deadline, inclusive, agency time zone) a questionnaire that targets the caller.',
  })
  submitQuestionnaire(
    @Arg('id', () => ID) id: string,
    @Arg('answers', () => [AnswerInput]) answers: AnswerInput[],
    @Ctx() ctx: Context,
  ): Promise<QuestionnaireTask> {
    return of(ctx).service.submit(id, answers);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'DEPARTMENT: the unit targeted.' })
  department(@Root() q: Questionnaire, @Ctx() ctx: Context): Promise<OrgUnit | null> | null {
    return q.departmentId ? ctx.scope().loaders.unit.load(q.departmentId) : null;
  }

  @FieldResolver(() => [Question], { description: 'The questions, in order.' })
  questions(@Root() q: Questionnaire, @Ctx() ctx: Context): Promise<Question[]> {
    return of(ctx).loaders.questions.load(q.id);
  }

  @FieldResolver(() => Int, {
    description: 'How many people it targets now (computed live from their current positions).',
  })
  async targetCount(@Root() q: Questionnaire, @Ctx() ctx: Context): Promise<number> {
    return (await of(ctx).loaders.counts.load(q.id)).targetCount;
  }

  @FieldResolver(() => Int, { description: 'How many answered.' })
  async responseCount(@Root() q: Questionnaire, @Ctx() ctx: Context): Promise<number> {
    return (await of(ctx).loaders.counts.load(q.id)).responseCount;
  }
}

@Resolver(() => QuestionnaireRespondent)
export class QuestionnaireRespondentResolver {
  @FieldResolver(() => Employee)
  async employee(@Root() r: QuestionnaireRespondent, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.scope().loaders.employee.load(r.employeeId))!;
  }
}
