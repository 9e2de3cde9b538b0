/** The demo city's people, by what the tests call them. */
export declare const persona: {
  readonly staff: '199203152019031001';
  readonly sectionHead: '198507222010012002';
  readonly departmentHead: '197604101998031003';
  readonly sekda: '196812011990031004';
  readonly agencyAdmin: '198910052014022005';
};
export declare const DEMO_PASSWORD = 'kinerja2026';
export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors:
    | {
        message: string;
        path?: (string | number)[];
        extensions: {
          code: string;
          [k: string]: unknown;
        };
      }[]
    | undefined;
  headers: Record<string, unknown>;
}
export interface CallOptions {
  token?: string | null;
  lang?: string;
  headers?: Record<string, string>;
}
export declare function createTestApp(options?: {
  template?: 'demo' | 'empty';
  env?: Record<string, string>;
  /** A fixed clock for every request (ISO instant), e.g. '2026-11-20T10:00:00+07:00'. */
  now?: string;
}): Promise<{
  app: import('fastify').FastifyInstance<
    import('fastify').RawServerDefault,
    import('http').IncomingMessage,
    import('http').ServerResponse<import('http').IncomingMessage>,
    import('fastify').FastifyBaseLogger,
    import('fastify').FastifyTypeProviderDefault
  >;
  orm: import('@mikro-orm/core').MikroORM<
    import('@mikro-orm/postgresql').PostgreSqlDriver,
    import('@mikro-orm/postgresql').EntityManager<
      import('@mikro-orm/postgresql').PostgreSqlDriver
    > &
      import('@mikro-orm/core').EntityManager<
        import('@mikro-orm/postgresql').IDatabaseDriver<import('@mikro-orm/postgresql').Connection>
      >
  >;
  url: string;
  gql: <T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: CallOptions,
  ) => Promise<GqlResult<T>>;
  as: <T = Record<string, any>>(
    nip: string,
    query: string,
    variables?: Record<string, unknown>,
    opts?: Omit<CallOptions, 'token'>,
  ) => Promise<GqlResult<T>>;
  tokenOf: (nip: string, password?: string) => Promise<string>;
  countStatements: (fn: () => Promise<unknown>) => Promise<{
    count: number;
    sql: string[];
  }>;
  sql: <R extends Record<string, any> = Record<string, any>>(
    text: string,
    params?: unknown[],
  ) => Promise<R[]>;
  one: <R extends Record<string, any> = Record<string, any>>(
    text: string,
    params?: unknown[],
  ) => Promise<R>;
  idOf: (nip: string) => Promise<string>;
  close(): Promise<void>;
}>;
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
