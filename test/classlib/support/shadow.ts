/**
 * @fileoverview Builds "shadow" copies of pure-logic class-library sources for differential
 * checks on HotSpot: each copy is renamed into package tcl.lang or tcl.io (the JVM forbids
 * defining java.* classes), its natives are replaced by calls to the JDK's own methods, and
 * the few package-private String helpers it uses are copied into a small Shim class. The copy
 * can then run side by side with the JDK classes it imitates.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_DIR } from '../../../scripts/build-classlib.mjs';

const LANG = join(SOURCE_DIR, 'java', 'lang');
const IO = join(SOURCE_DIR, 'java', 'io');

/** java.lang classes whose logic runs unchanged outside java.lang once renamed. */
export const SHADOWED_LANG = [
  'StringCoding', 'Integer', 'Long', 'NumberFormatException', 'Math', 'Character', 'StringCase',
  'AbstractStringBuilder', 'StringBuilder', 'StringBuffer',
];

/** java.io classes that stay in the JDK (exceptions, marker interfaces, VM-backed streams). */
const IO_KEPT = new Set([
  'IOException', 'EOFException', 'UncheckedIOException', 'UnsupportedEncodingException',
  'FileNotFoundException', 'SyncFailedException', 'Closeable', 'Flushable', 'Serializable',
  'FileInputStream', 'FileOutputStream', 'FileDescriptor',
  // Host-backed file classes (jdk.internal.io.HostFiles) and the interfaces they share with the JDK.
  'File', 'FileFilter', 'FilenameFilter', 'RandomAccessFile', 'FileReader', 'FileWriter', 'DataInput',
  'DataOutput', 'UTFDataFormatException',
]);

/** What each Character native becomes in the shadow copy: the JDK's answer. */
const CHARACTER_NATIVES: Record<string, string> = {
  getType0: 'return java.lang.Character.getType(codePoint);',
  isUpperCase0: 'return java.lang.Character.isUpperCase(codePoint);',
  isLowerCase0: 'return java.lang.Character.isLowerCase(codePoint);',
  isAlphabetic0: 'return java.lang.Character.isAlphabetic(codePoint);',
  isIdeographic0: 'return java.lang.Character.isIdeographic(codePoint);',
  toUpperCase0: 'return java.lang.Character.toUpperCase(codePoint);',
  toLowerCase0: 'return java.lang.Character.toLowerCase(codePoint);',
  toTitleCase0: 'return java.lang.Character.toTitleCase(codePoint);',
  toUpperCaseChars0:
    'String u = new String(java.lang.Character.toChars(codePoint)).toUpperCase(java.util.Locale.ROOT);' +
    ' return u.codePointCount(0, u.length()) > 1 ? u.toCharArray() : null;',
  digit0: 'return java.lang.Character.digit(codePoint, radix);',
  getNumericValue0: 'return java.lang.Character.getNumericValue(codePoint);',
  script0: 'return java.lang.Character.UnicodeScript.of(codePoint).ordinal();',
  scriptNames0:
    'java.lang.Character.UnicodeScript[] v = java.lang.Character.UnicodeScript.values(); String[] n = new String[v.length];' +
    ' for (int i = 0; i < v.length; i++) n[i] = v[i].name(); return n;',
  block0:
    'java.lang.Character.UnicodeBlock b = java.lang.Character.UnicodeBlock.of(codePoint); if (b == null) return -1;' +
    ' String[] n = blockNames0(); for (int i = 0; i < n.length; i++) if (n[i].equals(b.toString())) return i; return -1;',
  blockNames0:
    'java.lang.reflect.Field[] f = java.lang.Character.UnicodeBlock.class.getFields(); String[] n = new String[f.length];' +
    ' for (int i = 0; i < f.length; i++) n[i] = f[i].getName(); return n;',
};

function renameLang(source: string): string {
  return source
    .replace('package java.lang;', 'package tcl.lang;')
    .replace(/Class\.getPrimitiveClass\("[a-z]+"\)/g, 'null');
}

/** Returns the shadow source of one java.lang class. */
function shadowLang(name: string): string {
  let s = renameLang(readFileSync(join(LANG, `${name}.java`), 'utf8'));
  if (name === 'Math') {
    s = s.replace(/public static native (double|float) (\w+)\(([^)]*)\);/g, (_m, ret: string, fn: string, params: string) => {
      const args = params.split(',').map((p) => p.trim().split(/\s+/).pop()).join(', ');
      return `public static ${ret} ${fn}(${params}) { return java.lang.Math.${fn}(${args}); }`;
    });
  } else if (name === 'Character') {
    s = s.replace(/(private static|static) native (\S+) (\w+)\(([^)]*)\);/g, (m, mods: string, ret: string, fn: string, params: string) => {
      const body = CHARACTER_NATIVES[fn];
      if (body === undefined) throw new Error(`no shadow body for Character.${fn}`);
      return `${mods} ${ret} ${fn}(${params}) { ${body} }`;
    });
  } else if (name === 'StringCase') {
    s = s.replaceAll('new String(v, true)', 'new String(v)');
  } else if (name === 'AbstractStringBuilder') {
    s = s
      .replaceAll('String.checkIndex(', 'Shim.checkIndex(')
      .replaceAll('String.indexOf(', 'Shim.indexOf(')
      .replaceAll('String.lastIndexOf(', 'Shim.lastIndexOf(');
  }
  if (/\bnative\b/.test(s.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))) {
    throw new Error(`shadow of ${name} still declares natives`);
  }
  return s;
}

/** Copies one method (from its signature line to its closing brace) out of a source. */
function extractMethod(source: string, signature: string): string {
  const start = source.indexOf(signature);
  if (start < 0) throw new Error(`method not found: ${signature}`);
  const end = source.indexOf('\n    }\n', start);
  return source.slice(start, end + '\n    }\n'.length);
}

/** The String helpers AbstractStringBuilder calls, working on a JDK String target. */
function shimSource(): string {
  const s = readFileSync(join(LANG, 'String.java'), 'utf8');
  const methods = [
    '    static void checkIndex(int index, int length)',
    '    static int indexOf(char[] src, int count, String target, int fromIndex)',
    '    static int lastIndexOf(char[] src, int count, String target, int fromIndex)',
  ].map((sig) => extractMethod(s, sig).replace('char[] t = target.value;', 'char[] t = target.toCharArray();'));
  return `package tcl.lang;\n\nfinal class Shim {\n${methods.join('\n')}}\n`;
}

/** Returns the shadow source of one java.io class. */
function shadowIo(source: string): string {
  const imports = [...IO_KEPT]
    .map((n) => `import java.io.${n};`)
    .join('\n');
  // Constructors that open files need the host: the shadow copies (JDK streams underneath) omit them.
  const withoutFiles = source.replace(/ *\/\/ Begin file constructors[\s\S]*?\/\/ End file constructors\.\n/, '');
  return withoutFiles.replace('package java.io;', `package tcl.io;\n\n${imports}`);
}

/** Writes every shadow source under {@code dir}; returns their paths. */
export function writeShadowSources(dir: string): string[] {
  const written: string[] = [];
  const put = (pkg: string, name: string, text: string): void => {
    const d = join(dir, ...pkg.split('.'));
    mkdirSync(d, { recursive: true });
    const path = join(d, `${name}.java`);
    writeFileSync(path, text);
    written.push(path);
  };
  for (const name of SHADOWED_LANG) put('tcl.lang', name, shadowLang(name));
  put('tcl.lang', 'Shim', shimSource());
  for (const file of readdirSync(IO).sort()) {
    const name = file.replace(/\.java$/, '');
    if (!file.endsWith('.java') || IO_KEPT.has(name)) continue;
    put('tcl.io', name, shadowIo(readFileSync(join(IO, file), 'utf8')));
  }
  return written;
}
