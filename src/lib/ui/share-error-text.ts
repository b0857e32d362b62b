/**
 * The message for a refused link or project file in the interface language: a ViewStateError or a
 * ProjectFileError by its code (the `links` texts), an import step by the import texts, anything
 * else by its own message.
 */
import type { Messages } from '../i18n/messages.ts';
import { ViewStateError } from '../state/view-state-error.ts';
import { ProjectFileError } from '../export/project-file-error.ts';
import { importErrorText } from './import-error-text.ts';

export function shareErrorText(err: unknown, t: Messages): string {
  const p = (err as { params?: Record<string, string> }).params ?? {};
  if (err instanceof ViewStateError) {
    const e = t.links.errors;
    switch (err.code) {
      case 'version':
        return e.version({ version: p.version ?? '' });
      case 'damaged':
        return e.damaged({ field: p.field ?? '' });
      case 'spec':
        return e.spec({ issues: p.issues ?? err.message });
      case 'unknown-indicator':
        return e['unknown-indicator']({ id: p.id ?? '' });
      case 'unknown-unit':
        return e['unknown-unit']({ id: p.id ?? '' });
      case 'out-of-range':
        return e['out-of-range']({ field: p.field ?? '', value: p.value ?? '' });
    }
  }
  if (err instanceof ProjectFileError) {
    const e = t.links.projectErrors;
    switch (err.code) {
      case 'not-json':
        return e['not-json'];
      case 'not-project':
        return e['not-project'];
      case 'version':
        return e.version({ version: p.version ?? '' });
      case 'damaged':
        return e.damaged({ detail: p.detail ?? err.message });
    }
  }
  return importErrorText(err, t);
}
