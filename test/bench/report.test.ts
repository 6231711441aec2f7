/**
 * @fileoverview Tests for bench/report.mjs on hand-made results: medians, FAILED cells, ratios
 * against java -Xint and their geometric mean, and the JSON document.
 */
import { describe, expect, it } from 'vitest';
import { buildJsonReport, formatKernelTable, formatStartupTable, kernelGeometricMeans } from '../../bench/report.mjs';
import type { KernelResult, StartupResult, Subject, SubjectResult } from '../../bench/suite.mjs';

const subjects: Subject[] = [
  { id: 'javaXint', label: 'java -Xint', argv: ['java', '-Xint'], hotspot: true, unavailable: null },
  { id: 'tern', label: 'tern', argv: ['tern'], hotspot: false, unavailable: null },
];

/** A successful result with the given median in milliseconds. */
function ok(ms: number): SubjectResult {
  const ns = ms * 1e6;
  return { status: 'ok', timesNs: [ns], wallNs: [ns], medianNs: ns, checksum: '1', error: null };
}

/** A failed result. */
function failed(error: string): SubjectResult {
  return { status: 'failed', timesNs: [], wallNs: [], medianNs: null, checksum: null, error };
}

const results: KernelResult[] = [
  { name: 'Fast', iterations: 1, checksum: '1', subjects: { javaXint: ok(100), tern: ok(50) } },
  { name: 'Slow', iterations: 1, checksum: '1', subjects: { javaXint: ok(100), tern: ok(200) } },
  { name: 'Broken', iterations: 1, checksum: '1', subjects: { javaXint: ok(100), tern: failed('exit 1: boom') } },
];

describe('kernel report', () => {
  it('takes the geometric mean over the kernels that ran', () => {
    expect(kernelGeometricMeans(results, subjects)).toEqual({ tern: { value: 1, count: 2 } });
  });

  it('prints medians, FAILED cells, ratios and the failure reason', () => {
    const text = formatKernelTable(results, subjects, 3);
    expect(text).toContain('median of 3 self-measured run(s)');
    expect(text).toMatch(/^Fast +100\.0 +50\.0 +0\.50$/m);
    expect(text).toMatch(/^Broken +100\.0 +FAILED +-$/m);
    expect(text).toMatch(/^geometric mean +1\.00$/m);
    expect(text).toContain('FAILED Broken on tern: exit 1: boom');
    expect(text).toContain('tern 2/3');
  });

  it('names an unavailable VM once instead of once per kernel', () => {
    const missing = [subjects[0], { ...subjects[1], unavailable: 'not built' }];
    const text = formatKernelTable(results, missing, 1);
    expect(text).toContain('FAILED every kernel on tern: not built');
    expect(text).not.toContain('FAILED Broken on tern');
  });

  it('builds a JSON document with raw results and ratios', () => {
    const report = buildJsonReport({
      settings: { runs: 3 },
      host: { cpu: 'test' },
      subjects,
      kernels: results,
      startupSubjects: [],
      startup: null,
    }) as { kernels: { name: string; ratios: Record<string, number | null> }[]; startup: unknown };
    expect(report.kernels.map((kernel) => [kernel.name, kernel.ratios.tern])).toEqual([
      ['Fast', 0.5],
      ['Slow', 2],
      ['Broken', null],
    ]);
    expect(report.startup).toBeNull();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('start-up report', () => {
  it('prints tern against java and both against the node floor', () => {
    const startupSubjects: Subject[] = [
      { id: 'java', label: 'java Hello', argv: [], hotspot: true, unavailable: null },
      { id: 'tern', label: 'tern Hello', argv: [], hotspot: false, unavailable: null },
      { id: 'nodeFloor', label: 'node -e', argv: [], hotspot: false, unavailable: null },
    ];
    const startup: StartupResult = {
      expectedOutput: 'hi\n',
      subjects: { java: ok(50), tern: ok(150), nodeFloor: ok(40) },
    };
    const text = formatStartupTable(startup, startupSubjects, 10);
    expect(text).toMatch(/^tern Hello \/ java Hello +3\.00$/m);
    expect(text).toMatch(/^java Hello \/ node -e +1\.25$/m);
    expect(text).toMatch(/^tern Hello \/ node -e +3\.75$/m);
  });
});
