/**
 * The one toolkit that validates the JSON focal reads: an index spec (`parse-index-spec.ts`), a
 * link's or a project file's view (`state/view-state.ts`), a project file and a stored workspace
 * (`parse-workspace.ts`). Each field is read by a typed reader that records an {@link Issue}
 * naming the field's path when it is absent, of the wrong type, outside its allowed values or
 * bounds, or unknown; `issueText` words an issue in either language (i18n `validation-*.ts`), so
 * the same kind of bad input gets the same message wherever it is read. The enumerations come from
 * their owners (e.g. `analysis/class-methods.ts`), never written again here.
 */
import type { Issue, NumberRule, ValidationMessages } from '../i18n/validation-messages.ts';
import { validationEn } from '../i18n/validation-en.ts';

export type { Issue, NumberRule };

/** A JSON object (not null, not an array). */
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as an issue quotes it: text as is, anything else as JSON, at most 60 characters. */
export function quoted(v: unknown): string {
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return text.slice(0, 60);
}

/** `issue` in words (English by default: the errors' `message`, the CLI, logs). */
export function issueText(issue: Issue, m: ValidationMessages = validationEn): string {
  switch (issue.kind) {
    case 'required':
      return m.required(issue.path, issue.hint);
    case 'type':
      return m.type(issue.path, issue.expected);
    case 'empty':
      return m.empty(issue.path);
    case 'one-of':
      return m.oneOf(issue.path, issue.allowed.join(', '));
    case 'number':
      return m.number(issue.path, issue.rule);
    case 'too-long':
      return m.tooLong(issue.path, issue.max);
    case 'unknown':
      return m.unknown(issue.path);
    case 'rule':
      // A text starting with ':' is a list of another format's issues (a spec inside a workspace).
      return issue.text.startsWith(':') ? `${issue.path}${issue.text}` : `${issue.path} ${issue.text}`;
  }
}

/** Whether `x` keeps to `rule`. */
export function withinRule(x: number, r: NumberRule): boolean {
  if (!Number.isFinite(x) || (r.integer && !Number.isInteger(x))) return false;
  if (r.min !== undefined && (r.minOpen ? x <= r.min : x < r.min)) return false;
  if (r.max !== undefined && (r.maxOpen ? x >= r.max : x > r.max)) return false;
  return true;
}

/** Options of {@link Fields.string}. */
export interface StringRule {
  /** An absent field is an issue (else `undefined` is returned). */
  required?: boolean;
  /** The empty text is an issue (default true). */
  nonEmpty?: boolean;
  /** Longest text allowed. */
  maxLength?: number;
}

/**
 * Reads the fields of one JSON object, recording an issue (with the field's path) for each bad one
 * in the shared `issues` list and returning `undefined` for it. A field absent and optional gives
 * its fallback.
 */
export class Fields {
  /**
   * @param names - how a key is written in paths when not as itself (a link's `lang` is its `l`).
   */
  constructor(
    readonly issues: Issue[],
    readonly obj: Obj,
    readonly path: string,
    readonly names: Readonly<Record<string, string>> = {},
  ) {}

  /** The path of field `key`. */
  at(key: string): string {
    const name = this.names[key] ?? key;
    return this.path ? `${this.path}.${name}` : name;
  }

  /** Records `issue` and returns undefined (for `return this.add(…)`). */
  add(issue: Issue): undefined {
    this.issues.push(issue);
    return undefined;
  }

  /** Reports fields other than `known` (typos would otherwise be ignored silently). */
  only(known: readonly string[]): void {
    for (const k of Object.keys(this.obj)) {
      if (!known.includes(k)) this.add({ kind: 'unknown', path: this.at(k) });
    }
  }

  /** A rule of the format beyond types and bounds, worded in English (`at` then `text`). */
  rule(key: string, text: string): undefined {
    return this.add({ kind: 'rule', path: this.at(key), text });
  }

  string(key: string, rule: StringRule = {}): string | undefined {
    const v = this.obj[key];
    if (v === undefined || (v === null && rule.required)) return rule.required ? this.add({ kind: 'required', path: this.at(key) }) : undefined;
    if (typeof v !== 'string') return this.add({ kind: 'type', path: this.at(key), expected: 'string' });
    if ((rule.nonEmpty ?? true) && v.length === 0) return this.add({ kind: 'empty', path: this.at(key) });
    if (rule.maxLength !== undefined && v.length > rule.maxLength) return this.add({ kind: 'too-long', path: this.at(key), max: rule.maxLength, value: quoted(v) });
    return v;
  }

  /** A number within `rule`; `fallback` when absent (absent and no fallback: required). */
  number(key: string, rule: NumberRule, fallback?: number): number | undefined {
    const v = this.obj[key];
    if (v === undefined) return fallback === undefined ? this.add({ kind: 'required', path: this.at(key) }) : fallback;
    if (typeof v !== 'number' || !withinRule(v, rule)) return this.add({ kind: 'number', path: this.at(key), rule, value: quoted(v) });
    return v;
  }

  boolean(key: string, fallback?: boolean): boolean | undefined {
    const v = this.obj[key];
    if (v === undefined) return fallback === undefined ? this.add({ kind: 'required', path: this.at(key) }) : fallback;
    if (typeof v !== 'boolean') return this.add({ kind: 'type', path: this.at(key), expected: 'boolean' });
    return v;
  }

  /** One member of `values` (the enumeration's owner's `as const` list); `fallback` when absent. */
  oneOf<T extends string | number>(key: string, values: readonly T[], fallback?: T): T | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return fallback === undefined ? this.add({ kind: 'required', path: this.at(key) }) : fallback;
    if (!(values as readonly unknown[]).includes(v)) return this.add({ kind: 'one-of', path: this.at(key), allowed: values, value: quoted(v) });
    return v as T;
  }

  /**
   * A nested object's reader. Absent and optional: a reader of `{}` (the caller fills defaults);
   * absent and required, or not an object: undefined.
   */
  object(key: string, required: boolean, names?: Readonly<Record<string, string>>): Fields | undefined {
    const v = this.obj[key];
    if (v === undefined) return required ? this.add({ kind: 'required', path: this.at(key) }) : new Fields(this.issues, {}, this.at(key), names);
    if (!isObj(v)) return this.add({ kind: 'type', path: this.at(key), expected: 'object' });
    return new Fields(this.issues, v, this.at(key), names);
  }

  array(key: string): unknown[] | undefined {
    const v = this.obj[key];
    if (v === undefined) return this.add({ kind: 'required', path: this.at(key) });
    if (!Array.isArray(v)) return this.add({ kind: 'type', path: this.at(key), expected: 'array' });
    return v;
  }
}
