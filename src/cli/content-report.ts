// What the content checker finds in a file, as check-content.ts and check-bank.ts both report it.

export interface Problem {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  field: string;
  message: string;
}

export interface EntryReport {
  file: string;
  problems: Problem[];
  draft: boolean;
  /** For a draft: the fields still holding a placeholder. */
  placeholders: string[];
  data?: Record<string, unknown>;
  /** Where a field sits in the file. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}
