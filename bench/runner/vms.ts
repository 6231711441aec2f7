/**
 * @fileoverview The virtual machines `tern bench` compares: Tern in its default mode and with
 * `-Xint`, and the HotSpot found through JAVA_HOME or PATH, with its JIT and with `-Xint`.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** How to start one VM on a class path. */
export interface VmSpec {
  id: string;
  /** Command and arguments before `-cp`. */
  command: string[];
  /** A Tern with its JIT on: its runs also report the JIT's compile and deopt counts (jit-counts.ts). */
  jit?: boolean;
}

/** Names accepted by --against (besides `tern` itself, always measured). */
export const REFERENCE_IDS = ['java', 'java-Xint', 'tern-Xint'] as const;

/** The `java` executable: $JAVA_HOME/bin/java, else the first `java` on PATH, else null. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string | null {
  const home = env['JAVA_HOME'];
  if (home && existsSync(join(home, 'bin', 'java'))) return join(home, 'bin', 'java');
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'java'))) return join(dir, 'java');
  }
  return null;
}

/** The spec of VM `id`; `ternLauncher` is bin/tern.js. Throws with a readable message when unknown or missing. */
export function vmSpec(id: string, ternLauncher: string, ternFlags: readonly string[] = []): VmSpec {
  switch (id) {
    case 'tern':
      return { id, command: [process.execPath, ternLauncher, ...ternFlags], jit: !ternFlags.includes('-Xint') };
    case 'tern-Xint':
      return { id, command: [process.execPath, ternLauncher, '-Xint', ...ternFlags] };
    case 'java':
    case 'java-Xint': {
      const java = findJava();
      if (!java) throw new Error(`--against ${id}: no java found (set JAVA_HOME or put java on PATH)`);
      return { id, command: id === 'java' ? [java] : [java, '-Xint'] };
    }
    default:
      throw new Error(`unknown VM '${id}' (choose from ${REFERENCE_IDS.join(', ')})`);
  }
}
