#!/usr/bin/env node
// Launcher of the focal command line (`npx focal <command>` after `npm ci`): loads
// src/cli/main.ts through tsx (a dev dependency) in this process, with the repo's tsconfig
// whatever the working directory, and exits with the command's status.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const { main } = await tsImport('../src/cli/main.ts', { parentURL: import.meta.url, tsconfig });
process.exitCode = await main(process.argv.slice(2));
