#!/usr/bin/env node
// Builds everything from source: TypeScript (tsc), the Java class library (javac, packed into
// build/classlib.bin), the Unicode table of the Character natives (build/unicode-data.bin, from
// the JDK's answers) and the bundled demo. An installed package needs none of these tools.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
run(process.execPath, [join(root, 'scripts/build-classlib.mjs')]);
run(process.execPath, [join(root, 'scripts/unicode/build-unicode-data.mjs')]);
mkdirSync(join(root, 'build/demo'), { recursive: true });
run('javac', ['--release', '17', '-d', 'build/demo', 'examples/demo/Demo.java']);
