/**
 * @fileoverview Reads a deopt trace (jit/trace-events.ts: JSON lines, a header then events) for
 * `tern inspect trace`. Pure: takes the file's text, so the same code serves the terminal, the
 * HTML page and the `--serve` server. A VM killed while writing leaves a truncated last line:
 * that line is dropped with a warning rather than refusing the whole trace.
 */
import { TRACE_FORMAT_VERSION, type TraceEvent, type TraceHeader } from '../../jit/trace-events.js';

/** A file that is not a deopt trace this Tern can read; the message names the file and the line. */
export class TraceFormatError extends Error {}

/** A trace as read: its header, the events Tern knows (in file order) and what was tolerated. */
export interface ParsedTrace {
  file: string;
  header: TraceHeader;
  events: TraceEvent[];
  /** Things the reader tolerated (a truncated last line, events of kinds it does not know). */
  warnings: string[];
}

const KNOWN = new Set(['compile', 'bailout', 'invalidate', 'deopt', 'osr']);

/** Fields each known event must have, with their JSON types (`array` for arrays). */
const REQUIRED: Record<string, Record<string, string>> = {
  compile: { t: 'number', id: 'number', method: 'string', attempt: 'number', ms: 'number', stops: 'array', code: 'array' },
  bailout: { t: 'number', method: 'string', reason: 'string' },
  invalidate: { t: 'number', id: 'number', method: 'string', reason: 'string' },
  deopt: { t: 'number', id: 'number', method: 'string', pc: 'number', reason: 'string' },
  osr: { t: 'number', id: 'number', method: 'string', pc: 'number' },
};

function typeOf(v: unknown): string {
  return Array.isArray(v) ? 'array' : typeof v;
}

/** Parses the text of trace file `file` (the name is used in messages only). */
export function parseTrace(text: string, file: string): ParsedTrace {
  if (text.length === 0) throw new TraceFormatError(`${file} is empty, not a deopt trace`);
  if (text.includes('\0')) throw new TraceFormatError(`${file} is not a deopt trace (binary data; a trace is JSON lines written by --deopt-trace)`);
  const lines = text.split('\n');
  // A complete file ends with a newline, so the last element is ''; anything else is a line cut short.
  const endsClean = lines[lines.length - 1] === '';
  if (endsClean) lines.pop();
  const warnings: string[] = [];
  let first: unknown;
  try {
    first = JSON.parse(lines[0]!);
  } catch {
    first = null;
  }
  const h = first as Partial<TraceHeader> | null;
  if (h === null || typeof h !== 'object' || h.ev !== 'header' || h.format !== 'tern-deopt-trace') {
    throw new TraceFormatError(`${file} is not a deopt trace (its first line is not a tern-deopt-trace header; make one with tern --deopt-trace=FILE)`);
  }
  if (h.version !== TRACE_FORMAT_VERSION) {
    throw new TraceFormatError(`${file} is a deopt trace of format version ${JSON.stringify(h.version)}; this tern reads version ${TRACE_FORMAT_VERSION}`);
  }
  const events: TraceEvent[] = [];
  const unknown = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      if (i === lines.length - 1 && !endsClean) {
        warnings.push(`${file}: the last line (${i + 1}) is cut short, probably because the VM was stopped while writing; it was ignored`);
        break;
      }
      throw new TraceFormatError(`${file}: line ${i + 1} is not valid JSON`);
    }
    const e = v as Record<string, unknown>;
    if (e === null || typeof e !== 'object' || typeof e['ev'] !== 'string') throw new TraceFormatError(`${file}: line ${i + 1} is not a trace event (no "ev" field)`);
    const ev = e['ev'] as string;
    if (!KNOWN.has(ev)) {
      unknown.set(ev, (unknown.get(ev) ?? 0) + 1);
      continue;
    }
    for (const [field, type] of Object.entries(REQUIRED[ev]!)) {
      if (typeOf(e[field]) !== type) throw new TraceFormatError(`${file}: line ${i + 1}: ${ev} event without a valid "${field}" (${type} expected)`);
    }
    events.push(e as unknown as TraceEvent);
  }
  for (const [ev, n] of unknown) warnings.push(`${file}: ignored ${n} event(s) of unknown kind "${ev}" (written by a newer Tern?)`);
  // Display-only fields: a header without them still reads.
  const header: TraceHeader = { ...(h as TraceHeader), started: String(h.started ?? ''), command: String(h.command ?? '') };
  return { file, header, events, warnings };
}
