/** The message for a {@link WorkspaceProblem} in the interface language. */
import type { Messages } from '../i18n/messages.ts';
import type { WorkspaceProblem } from '../state/workspace-problem.ts';
import { importErrorText } from './import-error-text.ts';

export function workspaceProblemText(p: WorkspaceProblem, t: Messages): string {
  if (p.kind === 'load') return t.imports.storeProblems[p.reason];
  const reason = importErrorText(p.error, t);
  return p.kind === 'restore' ? t.imports.restoreFailed(reason) : t.imports.storeFailed(reason);
}
