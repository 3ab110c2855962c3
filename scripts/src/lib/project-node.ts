import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN } from './paths.ts';

/**
 * The project's own Node (the `node` devDependency, node_modules/.bin/node). Every child runs on
 * it: a bin script's `#!/usr/bin/env node` would take whatever `node` comes first in PATH, and
 * under systemd or cron that is the system's (Node 20 here), on which Strapi and `astro build`
 * fail. Resolved from the repository root, never from PATH.
 */
export const PROJECT_NODE = path.join(BIN, 'node');

export function projectNode(): string {
  if (!fs.existsSync(PROJECT_NODE)) throw new Error(`Không thấy Node của dự án (${PROJECT_NODE}): chạy "npm ci" ở thư mục gốc trước.`);
  return PROJECT_NODE;
}

/** Loaded into every child with --import: it exits when its parent is gone (parent-watchdog.ts). */
export const WATCHDOG = pathToFileURL(path.join(path.dirname(new URL(import.meta.url).pathname), 'parent-watchdog.ts')).href;

/**
 * The command line that runs a JavaScript file (a package's bin, our entry points) on the
 * project's Node with the parent watchdog. A bin in node_modules/.bin is a symlink to the package's
 * script: the link is followed so that Node, not the shebang, picks the interpreter.
 */
export function nodeCommand(script: string, args: string[]): { cmd: string; args: string[] } {
  return { cmd: projectNode(), args: ['--import', WATCHDOG, fs.realpathSync(script), ...args] };
}

/** A child's environment: the project's bin first in PATH, so what the child itself starts by name is ours too. */
export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, PATH: [BIN, env.PATH ?? process.env.PATH ?? ''].filter(Boolean).join(path.delimiter), DBK_WATCH_PARENT: '1' };
}
