interface ImportMetaEnv {
  /** Where the employee app lives; the API serves it at /employee/ on the same origin. */
  readonly VITE_EMPLOYEE_APP_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
