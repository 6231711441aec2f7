/**
 * @fileoverview Reads the facts the tests compare out of `javap -v -p` output: header, member
 * descriptors and flags, Code attribute shapes (max stack/locals, listing, table sizes) and the
 * class-level attributes. Only what javap prints is read; nothing here interprets class files.
 */

/** The Code attribute as javap shows it. */
export interface JavapCode {
  stack: number;
  locals: number;
  argsSize: number;
  /** Instruction and exception-table lines in `javap -c` layout (the -v indentation removed). */
  listing: string[];
  /** pc of the last instruction. */
  lastPc: number;
  exceptionRows: number;
  lineNumbers: number;
  localVariables: number;
  /** number_of_entries of the StackMapTable, 0 when absent. */
  stackMapFrames: number;
}

/** A field or method block. */
export interface JavapMember {
  declaration: string;
  descriptor: string;
  flags: number;
  code: JavapCode | null;
  exceptions: string[];
  signature: string | null;
}

/** One class file as javap shows it. */
export interface JavapClass {
  minor: number;
  major: number;
  flags: number;
  thisClass: string;
  superClass: string | null;
  interfaceCount: number;
  fieldCount: number;
  methodCount: number;
  /** Highest constant-pool index listed. */
  lastPoolIndex: number;
  /** Tag name of the entry at lastPoolIndex (Long and Double take two slots). */
  lastPoolTag: string;
  members: JavapMember[];
  sourceFile: string | null;
  signature: string | null;
  bootstrapMethods: number;
  innerClasses: number;
  enclosingMethod: boolean;
  nestHost: string | null;
  nestMembers: string[];
  permittedSubclasses: string[];
  recordComponents: number | null;
}

function match(lines: string[], re: RegExp): RegExpExecArray {
  for (const l of lines) {
    const m = re.exec(l);
    if (m) return m;
  }
  throw new Error(`javap output has no line matching ${re}`);
}

/** Parses one class's `javap -v -p` listing (as split by javapVerbose). */
export function parseJavap(text: string): JavapClass {
  const lines = text.split('\n');
  const open = lines.indexOf('{');
  const close = lines.lastIndexOf('}');
  const header = lines.slice(0, open);
  const counts = match(header, /^ {2}interfaces: (\d+), fields: (\d+), methods: (\d+)/);
  const superLine = match(header, /^ {2}super_class: #(\d+)(?:\s+\/\/ (.*))?$/);
  const pool = header.filter((l) => /^\s+#\d+ = /.test(l));
  const lastPool = /^\s+#(\d+) = (\w+)/.exec(pool[pool.length - 1] ?? '') ?? ['', '0', ''];
  const cls: JavapClass = {
    minor: Number(match(header, /^ {2}minor version: (\d+)/)[1]),
    major: Number(match(header, /^ {2}major version: (\d+)/)[1]),
    flags: parseInt(match(header, /^ {2}flags: \(0x([0-9a-f]+)\)/)[1]!, 16),
    thisClass: match(header, /^ {2}this_class: #\d+\s+\/\/ (.*)$/)[1]!,
    superClass: superLine[1] === '0' ? null : superLine[2]!,
    interfaceCount: Number(counts[1]),
    fieldCount: Number(counts[2]),
    methodCount: Number(counts[3]),
    lastPoolIndex: Number(lastPool[1]),
    lastPoolTag: lastPool[2]!,
    members: parseMembers(lines.slice(open + 1, close)),
    sourceFile: null,
    signature: null,
    bootstrapMethods: 0,
    innerClasses: 0,
    enclosingMethod: false,
    nestHost: null,
    nestMembers: [],
    permittedSubclasses: [],
    recordComponents: null,
  };
  readClassSections(lines.slice(close + 1), cls);
  return cls;
}

/** Splits the member area into blocks, each starting at a line indented by exactly two spaces. */
function parseMembers(lines: string[]): JavapMember[] {
  const blocks: string[][] = [];
  for (const l of lines) {
    if (/^ {2}\S/.test(l)) blocks.push([l]);
    else if (blocks.length > 0 && l.trim() !== '') blocks[blocks.length - 1]!.push(l);
  }
  return blocks.map(parseMember);
}

function parseMember(block: string[]): JavapMember {
  const member: JavapMember = {
    declaration: block[0]!.trim(),
    descriptor: match(block, /^ {4}descriptor: (.*)$/)[1]!,
    flags: parseInt(match(block, /^ {4}flags: \(0x([0-9a-f]+)\)/)[1]!, 16),
    code: null,
    exceptions: [],
    signature: null,
  };
  for (let i = 0; i < block.length; i++) {
    const l = block[i]!;
    if (l === '    Code:') member.code = parseCode(block, i + 1);
    else if (l === '    Exceptions:') member.exceptions = block[i + 1]!.trim().replace(/^throws /, '').split(', ');
    else if (l.startsWith('    Signature: ')) member.signature = l.slice(l.indexOf('// ') + 3);
  }
  return member;
}

function parseCode(block: string[], from: number): JavapCode {
  const shape = /stack=(\d+), locals=(\d+), args_size=(\d+)/.exec(block[from]!)!;
  const code: JavapCode = {
    stack: Number(shape[1]),
    locals: Number(shape[2]),
    argsSize: Number(shape[3]),
    listing: [],
    lastPc: 0,
    exceptionRows: 0,
    lineNumbers: 0,
    localVariables: 0,
    stackMapFrames: 0,
  };
  let i = from + 1;
  for (; i < block.length; i++) {
    const l = block[i]!;
    // Instruction lines are indented to right-align the pc in four columns (so pcs of 1000 and more
    // start at column six); switch entries, braces and exception rows are indented further.
    if (!/^ {7}/.test(l) && !/^ {6}\d+: /.test(l) && l !== '      Exception table:') break;
    code.listing.push(l.slice(2));
    const pc = /^\s+(\d+): [a-z]/.exec(l);
    if (pc) code.lastPc = Number(pc[1]);
    if (/^\s+\d+\s+\d+\s+\d+\s+(any|Class .*)$/.test(l)) code.exceptionRows++;
  }
  // Nested attributes of Code are indented by six spaces, their rows by eight or more.
  let section = '';
  for (; i < block.length; i++) {
    const l = block[i]!;
    if (/^ {4}\S/.test(l)) break;
    if (/^ {6}\S/.test(l)) {
      section = l.trim();
      const frames = /StackMapTable: number_of_entries = (\d+)/.exec(section);
      if (frames) code.stackMapFrames = Number(frames[1]);
      continue;
    }
    if (section === 'LineNumberTable:' && /^\s+line \d+: \d+$/.test(l)) code.lineNumbers++;
    if (section === 'LocalVariableTable:' && /^\s+\d+\s+\d+\s+\d+\s+\S+\s+\S+$/.test(l)) code.localVariables++;
  }
  return code;
}

/** Reads the class-level attributes printed after the closing brace. */
function readClassSections(lines: string[], cls: JavapClass): void {
  let section = '';
  for (const l of lines) {
    if (l.trim() === '') continue;
    if (!l.startsWith(' ')) {
      section = l;
      if (l.startsWith('SourceFile: ')) cls.sourceFile = JSON.parse(l.slice('SourceFile: '.length)) as string;
      else if (l.startsWith('Signature: ')) cls.signature = l.slice(l.indexOf('// ') + 3);
      else if (l.startsWith('NestHost: class ')) cls.nestHost = l.slice('NestHost: class '.length);
      else if (l.startsWith('EnclosingMethod: ')) cls.enclosingMethod = true;
      else if (l === 'Record:') cls.recordComponents = 0;
      continue;
    }
    if (section === 'BootstrapMethods:' && /^ {2}\d+: #\d+ /.test(l)) cls.bootstrapMethods++;
    else if (section === 'InnerClasses:' && /^ {2}\S/.test(l)) cls.innerClasses++;
    else if (section === 'NestMembers:') cls.nestMembers.push(l.trim());
    else if (section === 'PermittedSubclasses:') cls.permittedSubclasses.push(l.trim());
    else if (section === 'Record:' && /^ {4}descriptor: /.test(l)) cls.recordComponents = (cls.recordComponents ?? 0) + 1;
  }
}
