/** What the roster's components show of a person and of a shift (a subset of the API's types). */
export interface GridPerson {
  id: string;
  name: string;
  nip: string;
}

export interface GridShift {
  id: string;
  code: string;
  name: string;
  start: string;
  end: string;
}
