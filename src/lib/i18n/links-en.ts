import type { LinksMessages } from './links-messages.ts';

/** English texts of links and project files. */
export const linksEn: LinksMessages = {
  copyLink: 'Copy link',
  copyLinkHelp: 'Copy a link to this view: indicator, index, settings, selection, map position and language',
  copied: 'Link copied',
  copyFallback: 'Copy this link (Ctrl+C):',
  close: 'Close',
  saveProject: 'Save project',
  saveProjectHelp: 'Save the whole workspace (your imported data, matches, index and view) as a .focal.json file',
  openProject: 'Open project',
  openProjectHelp: 'Open a .focal.json project file: its data, index and view replace the current ones',
  opening: 'Opening the project…',
  projectOpened: (file) => `Project "${file}" opened.`,
  linkRefused: 'This link could not be opened; the view was left as it was.',
  projectRefused: (file) => `The project "${file}" could not be opened; nothing was changed.`,
  dismiss: 'Dismiss',
  errors: {
    version: ({ version }) =>
      version ? `The link was made by another version of focal (version ${version}).` : 'The address holds no focal link version.',
    damaged: ({ field }) => `The link is incomplete or damaged (part "${field}"); ask for it again or copy it whole.`,
    spec: ({ issues }) => `The index in the link is not valid: ${issues}`,
    'unknown-indicator': ({ id }) => `The link uses the indicator "${id}", which is not in the data here (an import of the sender's?).`,
    'unknown-unit': ({ id }) => `The link selects the unit "${id}", which is not on this map.`,
    'out-of-range': ({ field, value }) => `The link sets ${field} to "${value}", which focal does not allow.`,
  },
  projectErrors: {
    'not-json': 'The file is not a focal project: it is not JSON.',
    'not-project': 'The file is not a focal project (.focal.json); to load an index spec, use the index builder.',
    version: ({ version }) => `The project was saved by another version of focal (format ${version}).`,
    damaged: ({ detail }) => `The project file is damaged: ${detail}`,
  },
};
