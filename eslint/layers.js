import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The layer table of docs/ARCHITECTURE.md, bottom to top: each layer lists the other layers it may
 * import (type imports included). A layer may always import its own files. `packages: false` forbids
 * every import that is not a file of the project (npm packages, node: built-ins), which keeps the
 * analysis layer pure and runnable anywhere.
 *
 * Folders under src/lib/ are layers by their folder name; `cli` is src/cli; `entry` is every file
 * directly in src/ (main.ts, App.svelte, sw.ts), which wires the whole app together.
 */
export const layerTable = {
  i18n: { may: [] },
  analysis: { may: [], packages: false },
  geo: { may: ['analysis'] },
  data: { may: ['analysis', 'geo', 'i18n'] },
  offline: { may: [] },
  workers: { may: ['analysis', 'geo', 'data'] },
  state: { may: ['analysis', 'geo', 'data', 'i18n', 'offline', 'workers'] },
  export: { may: ['analysis', 'geo', 'data', 'i18n', 'state'] },
  map: { may: ['analysis', 'geo', 'data', 'i18n', 'state'] },
  ui: { may: ['i18n', 'analysis', 'geo', 'data', 'offline', 'workers', 'state', 'export', 'map'] },
  cli: { may: ['analysis', 'geo', 'data', 'export', 'i18n'] },
  entry: { may: ['i18n', 'analysis', 'geo', 'data', 'offline', 'workers', 'state', 'export', 'map', 'ui'] },
};

/** The project root: this file lives in <root>/eslint/. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The layer a project file belongs to, from its path relative to the root; undefined for files outside
 * src/ (tests, scripts) and for folders of src/lib that are not in the table (reported by the rule).
 * @param {string} rel path relative to the project root, with forward slashes
 * @returns {{ layer: string | undefined, inSrc: boolean }}
 */
export function layerOf(rel) {
  const parts = rel.split('/');
  if (parts[0] !== 'src') return { layer: undefined, inSrc: false };
  if (parts.length === 2) return { layer: 'entry', inSrc: true };
  if (parts[1] === 'cli') return { layer: 'cli', inSrc: true };
  if (parts[1] === 'lib' && parts.length >= 4) return { layer: parts[2], inSrc: true };
  return { layer: undefined, inSrc: true };
}

const toPosix = (p) => p.split(path.sep).join('/');

/**
 * What an import specifier points at, seen from the importing file: a project file (with its layer) or
 * a package. Vite query suffixes (?url, ?worker) are dropped first.
 */
function target(fromFile, specifier) {
  const bare = specifier.replace(/[?#].*$/, '');
  if (!bare.startsWith('.') && !bare.startsWith('/')) return { kind: 'package' };
  const abs = path.resolve(path.dirname(fromFile), bare);
  const rel = toPosix(path.relative(root, abs));
  return { kind: 'file', rel, ...layerOf(rel) };
}

/** The literal string of an import-like node's source, if it has one. */
function sourceOf(node) {
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
      return node.source && node.source.type === 'Literal' && typeof node.source.value === 'string'
        ? node.source.value
        : undefined;
    case 'TSImportType': {
      // `import('../x').T` in a type position; typescript-eslint 8 wraps the literal in a TSLiteralType.
      const arg = node.argument;
      const lit = arg && arg.type === 'TSLiteralType' ? arg.literal : arg;
      return lit && lit.type === 'Literal' && typeof lit.value === 'string' ? lit.value : undefined;
    }
    case 'TSImportEqualsDeclaration': {
      const ref = node.moduleReference;
      return ref && ref.type === 'TSExternalModuleReference' && typeof ref.expression.value === 'string'
        ? ref.expression.value
        : undefined;
    }
    case 'NewExpression': {
      // `new URL('./x.worker.ts', import.meta.url)`: how Vite bundles a worker, a dependency all the same.
      const [first, second] = node.arguments;
      const isUrl = node.callee.type === 'Identifier' && node.callee.name === 'URL';
      const isMetaUrl =
        second &&
        second.type === 'MemberExpression' &&
        second.object.type === 'MetaProperty' &&
        second.property.type === 'Identifier' &&
        second.property.name === 'url';
      return isUrl && isMetaUrl && first && first.type === 'Literal' && typeof first.value === 'string'
        ? first.value
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The rule: every import, export-from, dynamic import and type import of a src/ file obeys layerTable. */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layer table: no import runs back up the layers.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(toPosix(path.relative(root, file)));
    if (!from.inSrc) return {};
    const check = (node) => {
      const specifier = sourceOf(node);
      if (specifier === undefined) return;
      if (from.layer === undefined || !(from.layer in layerTable)) {
        context.report({ node, message: `'${toPosix(path.relative(root, file))}' is in no layer of the layer table (eslint/layers.js).` });
        return;
      }
      const rules = layerTable[from.layer];
      const to = target(file, specifier);
      if (to.kind === 'package') {
        if (rules.packages === false) {
          context.report({ node, message: `Layer '${from.layer}' must not import the package '${specifier}' (it imports only its own files).` });
        }
        return;
      }
      if (!to.inSrc) {
        // Files outside src/ (package.json, public/data) are only read at run time by the CLI; the pure
        // analysis layer may not reach them either.
        if (rules.packages === false) {
          context.report({ node, message: `Layer '${from.layer}' must not import '${specifier}' (outside its folder).` });
        }
        return;
      }
      if (to.layer === from.layer) return;
      if (to.layer !== undefined && rules.may.includes(to.layer)) return;
      const allowed = rules.may.length ? rules.may.join(', ') : 'none';
      context.report({
        node,
        message: `Layer '${from.layer}' must not import '${specifier}' (layer '${to.layer ?? to.rel}'); it may import: ${allowed}.`,
      });
    };
    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: check,
      ImportExpression: check,
      TSImportType: check,
      TSImportEqualsDeclaration: check,
      NewExpression: check,
    };
  },
};

/** The local plugin that carries the rule, registered in eslint.config.js as `focal/layers`. */
export const layersPlugin = { rules: { layers: layersRule } };
