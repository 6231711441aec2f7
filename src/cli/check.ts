/**
 * @fileoverview `tern check`: reads an application (jars and class directories), and reports
 * every class, method and field it references that Tern's class library does not provide
 * (analysis in src/compat). Exit status 0 when everything resolves, 1 when something is missing,
 * 2 for usage errors and unreadable or malformed input (one line on standard error).
 */
import type { Host } from '../host/host.js';
import { loadClassLibrary } from '../host/node/class-library.js';
import { JarFile } from '../classfile/jar.js';
import { ClassLibrary } from '../runtime/class-path.js';
import { BadClassFileError, checkApplication, parseApplication, type ApplicationClass } from '../compat/check.js';
import { formatJson, formatText } from '../compat/report.js';
import { CommandError } from './commands.js';

export const CHECK_USAGE = `Usage: tern check [--json] app.jar|DIR...
       tern check [--json] -cp PATH     (PATH: jars and directories separated by ':')
Lists the classes, methods and fields the application references that Tern's class library
does not provide. Exit status: 0 all resolve, 1 something is missing, 2 bad usage or input.
`;

function usage(message: string): CommandError {
  return new CommandError(`Error: ${message}\n${CHECK_USAGE}`.trimEnd(), 2);
}

/** The `.class` files of one class-path entry (module-info and multi-release versions skipped). */
function readEntry(host: Host, entry: string): ApplicationClass[] {
  const isClass = (p: string) => p.endsWith('.class') && !p.endsWith('module-info.class') && !p.startsWith('META-INF/');
  if (host.isDirectory(entry)) {
    const files = (host.listFiles(entry) ?? []).filter(isClass).sort();
    return files.map((f) => {
      const bytes = host.readFile(host.joinPath(entry, f));
      if (bytes === null) throw new CommandError(`Error: cannot read ${host.joinPath(entry, f)}`, 2);
      return { name: f.slice(0, -6), source: host.joinPath(entry, f), bytes };
    });
  }
  const bytes = host.readFile(entry);
  if (bytes === null) throw new CommandError(`Error: cannot read ${entry}: no such file or directory`, 2);
  try {
    const jar = new JarFile(bytes, host.inflate, entry);
    return jar.entries().filter(isClass).map((f) => ({ name: f.slice(0, -6), source: `${entry}!/${f}`, bytes: jar.read(f)! }));
  } catch (e) {
    throw new CommandError(`Error: ${entry} is not a readable jar: ${(e as Error).message}`, 2);
  }
}

/** `tern check ARGS`; resolves to the exit status. */
export async function checkCommand(host: Host, argv: string[]): Promise<number> {
  let json = false;
  const entries: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '-h' || a === '--help' || a === '-help') {
      host.write(1, new TextEncoder().encode(CHECK_USAGE));
      return 0;
    } else if (a === '-cp' || a === '-classpath' || a === '--class-path') {
      const p = argv[++i];
      if (p === undefined) throw usage(`${a} requires a class path`);
      entries.push(...p.split(':').filter((s) => s !== ''));
    } else if (a.startsWith('-')) throw usage(`unknown option ${a}`);
    else entries.push(a);
  }
  if (entries.length === 0) throw usage('no application given');
  const classes = entries.flatMap((e) => readEntry(host, e));
  if (classes.length === 0) throw new CommandError(`Error: no class files in ${entries.join(':')}`, 2);
  let app;
  try {
    app = parseApplication(classes);
  } catch (e) {
    if (e instanceof BadClassFileError) throw new CommandError(`Error: malformed class file ${e.message}`, 2);
    throw e;
  }
  const library = new ClassLibrary(loadClassLibrary());
  const result = checkApplication(app, (n) => library.get(n));
  host.write(1, new TextEncoder().encode(json ? formatJson(result) : formatText(result)));
  return result.classes.length === 0 ? 0 : 1;
}
