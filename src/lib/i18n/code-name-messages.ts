/**
 * Texts of the import's code/name check: the count beside the matching report's other
 * counts and the list of rows whose code and name disagree. Names come from the planner's file and
 * from the units: shown as text, never as HTML.
 */
export interface CodeNameMessages {
  /** The mapping dialog's select of the name column checked against the codes. */
  column: string;
  /** The count's label. */
  count: string;
  title: string;
  /** Why it matters and what to do; the rows stay matched by their code. */
  help: string;
  /** One row: its code, the unit the code reached, the name the file gives. */
  line: (code: string, unit: string, name: string) => string;
  /** The file's name is another unit's (that unit, named with its id). */
  nameOf: (name: string, unit: string) => string;
}
