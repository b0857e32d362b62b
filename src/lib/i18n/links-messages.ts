/**
 * Texts of links and project files: "Copy link", "Save project", "Open project", and why a link or
 * a project file was refused (by the codes of ViewStateError and ProjectFileError).
 */
export interface LinksMessages {
  copyLink: string;
  copyLinkHelp: string;
  /** Shown for a moment once the link is on the clipboard. */
  copied: string;
  /** Label of the field shown when the browser refuses the clipboard. */
  copyFallback: string;
  close: string;
  saveProject: string;
  saveProjectHelp: string;
  openProject: string;
  openProjectHelp: string;
  /** While a project file is read and applied. */
  opening: string;
  projectOpened: (file: string) => string;
  /** Heading of a refused link: the view stays as it was. */
  linkRefused: string;
  /** Heading of a refused project file (its name): nothing was changed. */
  projectRefused: (file: string) => string;
  dismiss: string;
  /** Why a link (or a project's view) was refused, by ViewStateError code. */
  errors: {
    version: (p: { version: string }) => string;
    damaged: (p: { field: string }) => string;
    spec: (p: { issues: string }) => string;
    'unknown-indicator': (p: { id: string }) => string;
    'unknown-unit': (p: { id: string }) => string;
    'out-of-range': (p: { field: string; value: string }) => string;
  };
  /** Why a project file was refused, by ProjectFileError code. */
  projectErrors: {
    'not-json': string;
    'not-project': string;
    version: (p: { version: string }) => string;
    damaged: (p: { detail: string }) => string;
  };
}
