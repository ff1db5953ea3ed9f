import { builtinModules } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

/**
 * Checks every module a file names against the list of what its layer may import: static and
 * dynamic imports, re-exports, `import x = require()`, `import('x')` in types, and calls that load
 * a module (`require('x')`, a function `createRequire` made, `process.getBuiltinModule('x')`). An
 * allow list, unlike `no-restricted-imports`, also stops what nobody thought to forbid: a new
 * package, a bare built-in such as `util`, or an `import()` of a file in another layer.
 *
 * The list holds three kinds of entry:
 *   - a folder of this project, ending in "/" ("src/core/"): relative imports are resolved
 *     against the importing file and must land inside one of the folders;
 *   - "node:*" for every Node built-in, or one built-in such as "node:fs" (which also covers
 *     "node:fs/promises"); a bare "fs" counts as "node:fs";
 *   - a package, "yaml", or every package of a scope, "@inquirer/*".
 */

const builtins = new Set(builtinModules.filter((name) => !name.startsWith('_')));

/** What an import source names, in the terms of the allow list. */
function target(source, file) {
  if (source.startsWith('.') || source.startsWith('/')) {
    return { kind: 'file', name: join(dirname(file), source).split(sep).join('/') };
  }
  const bare = source.startsWith('node:') ? source.slice('node:'.length) : source;
  const top = bare.split('/')[0];
  if (source.startsWith('node:') || builtins.has(top)) return { kind: 'builtin', name: `node:${top}` };
  const parts = source.split('/');
  return { kind: 'package', name: source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

function allows(entry, { kind, name }) {
  if (entry.endsWith('/')) return kind === 'file' && `${name}/`.startsWith(entry);
  if (entry === 'node:*') return kind === 'builtin';
  if (entry.endsWith('/*')) return kind === 'package' && name.startsWith(entry.slice(0, -1));
  return entry === name;
}

export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: "Allow a file to import only what its layer's entry in the layer table lists" },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          may: { type: 'array', items: { type: 'string' } },
          because: { type: 'string' },
        },
        required: ['layer', 'may', 'because'],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: '{{layer}} may not import "{{source}}": {{because}}.',
      computed: 'a module named by a computed value cannot be checked against the layer table; name the module in a string.',
    },
  },
  create(context) {
    const { layer, may, because } = context.options[0];
    const file = relative(context.cwd, context.filename);

    // A re-export without `from` names no module: its source is null.
    const check = (node) => {
      if (node === null) return;
      const source = node.type === 'Literal' ? node.value : node.type === 'TemplateLiteral' && node.expressions.length === 0 ? node.quasis[0].value.cooked : undefined;
      if (typeof source !== 'string') {
        context.report({ node, messageId: 'computed' });
        return;
      }
      const named = target(source, file);
      if (!may.some((entry) => allows(entry, named))) context.report({ node, messageId: 'forbidden', data: { layer, source, because } });
    };

    /** The variable an identifier refers to, from the scopes ESLint has worked out. */
    const variableOf = (identifier) => {
      for (let scope = context.sourceCode.getScope(identifier); scope !== null; scope = scope.upper) {
        const found = scope.set.get(identifier.name);
        if (found !== undefined) return found;
      }
      return undefined;
    };
    /** `createRequire` from node:module, under whatever name it was imported, or through a namespace (`modules.createRequire`). */
    const isMaker = (callee) => {
      if (callee.type === 'MemberExpression') return !callee.computed && callee.property.name === 'createRequire';
      if (callee.type !== 'Identifier') return false;
      const def = variableOf(callee)?.defs[0];
      return def?.type === 'ImportBinding' && def.node.imported?.name === 'createRequire' && ['node:module', 'module'].includes(def.parent.source.value);
    };
    /** A loader `createRequire` made, bound to a name: every call of that variable, wherever it is, names a module. */
    const bindsLoader = (name, value) => {
      if (name.type !== 'Identifier' || value?.type !== 'CallExpression' || !isMaker(value.callee)) return;
      for (const { identifier } of variableOf(name)?.references ?? []) {
        if (identifier.parent.type === 'CallExpression' && identifier.parent.callee === identifier) check(identifier.parent.arguments[0] ?? null);
      }
    };

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSExternalModuleReference: (node) => check(node.expression),
      TSImportType: (node) => check(node.source),
      VariableDeclarator: (node) => bindsLoader(node.id, node.init),
      AssignmentExpression: (node) => bindsLoader(node.left, node.right),
      CallExpression: (node) => {
        const { callee } = node;
        // CommonJS's own `require`, which no declaration in the file binds (one that does is a
        // loader bindsLoader checks, or no loader at all); and `process.getBuiltinModule('node:x')`,
        // which loads a built-in as an import would.
        const loads =
          (callee.type === 'Identifier' && callee.name === 'require' && !(variableOf(callee)?.defs.length > 0)) ||
          (callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'getBuiltinModule') ||
          (callee.type === 'CallExpression' && isMaker(callee.callee));
        if (loads) check(node.arguments[0] ?? null);
      },
    };
  },
};
