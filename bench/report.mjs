// @ts-check
/**
 * @fileoverview Turns suite results (suite.mjs) into what people read: a plain-text table of
 * medians and ratios, a failure list, and the JSON document written by `--json`. Every ratio is
 * "subject time / java -Xint time", so below 1 means faster than HotSpot's interpreter.
 */

import { formatMs, geometricMean } from './measure.mjs';

/** Id of the subject every ratio is taken against. */
export const REFERENCE_ID = 'javaXint';

/**
 * Kernel table: median self-measured ms per subject, then one ratio column per other subject,
 * then a geometric-mean row over the kernels where both sides succeeded.
 * @param {readonly import('./suite.mjs').KernelResult[]} results
 * @param {readonly import('./suite.mjs').Subject[]} subjects
 * @param {number} runs
 * @returns {string}
 */
export function formatKernelTable(results, subjects, runs) {
  const compared = subjects.filter((subject) => subject.id !== REFERENCE_ID);
  const headers = [
    'kernel',
    ...subjects.map((subject) => `${subject.label} ms`),
    ...compared.map((subject) => `${subject.label}/Xint`),
  ];
  const rows = results.map((result) => [
    result.name,
    ...subjects.map((subject) => {
      const own = result.subjects[subject.id];
      return own.medianNs === null ? 'FAILED' : formatMs(own.medianNs);
    }),
    ...compared.map((subject) => formatRatio(ratio(result, subject.id))),
  ]);
  const means = kernelGeometricMeans(results, subjects);
  rows.push([
    'geometric mean',
    ...subjects.map(() => ''),
    ...compared.map((subject) => formatRatio(means[subject.id]?.value ?? null)),
  ]);
  const table = renderTable(headers, rows);
  const counts = compared
    .map((subject) => `${subject.label} ${means[subject.id]?.count ?? 0}/${results.length}`)
    .join(', ');
  return (
    `Kernels: median of ${runs} self-measured run(s), JVM/VM start-up excluded\n${table}\n` +
    `(ratios over kernels that ran: ${counts})\n${formatFailures(results, subjects)}`
  );
}

/**
 * For every subject other than the reference, the geometric mean of its ratios to java -Xint and
 * over how many kernels it was taken.
 * @param {readonly import('./suite.mjs').KernelResult[]} results
 * @param {readonly import('./suite.mjs').Subject[]} subjects
 * @returns {Record<string, { value: number | null, count: number }>}
 */
export function kernelGeometricMeans(results, subjects) {
  /** @type {Record<string, { value: number | null, count: number }>} */
  const means = {};
  for (const subject of subjects) {
    if (subject.id === REFERENCE_ID) {
      continue;
    }
    const ratios = results.map((result) => ratio(result, subject.id)).filter((value) => value !== null);
    means[subject.id] = { value: geometricMean(/** @type {number[]} */ (ratios)), count: ratios.length };
  }
  return means;
}

/**
 * Start-up table: median wall-clock ms per command and the ratios that matter.
 * @param {import('./suite.mjs').StartupResult} startup
 * @param {readonly import('./suite.mjs').Subject[]} subjects
 * @param {number} runs
 * @returns {string}
 */
export function formatStartupTable(startup, subjects, runs) {
  const rows = subjects.map((subject) => {
    const own = startup.subjects[subject.id];
    return [subject.label, own.medianNs === null ? 'FAILED' : formatMs(own.medianNs)];
  });
  for (const [top, bottom] of startupRatioPairs(subjects)) {
    rows.push([`${top.label} / ${bottom.label}`, formatRatio(startupRatio(startup, top.id, bottom.id))]);
  }
  const failures = subjects
    .filter((subject) => startup.subjects[subject.id].status === 'failed')
    .map((subject) => `FAILED ${subject.label}: ${startup.subjects[subject.id].error}\n`)
    .join('');
  return `Start-up: median wall clock of ${runs} run(s), process spawn to exit\n${renderTable(['command', 'ms'], rows)}\n${failures}`;
}

/**
 * The JSON document for `--json`: settings, host, every raw time and the summaries.
 * @param {object} parts
 * @param {Record<string, unknown>} parts.settings
 * @param {Record<string, unknown>} parts.host
 * @param {readonly import('./suite.mjs').Subject[]} parts.subjects
 * @param {readonly import('./suite.mjs').KernelResult[]} parts.kernels
 * @param {readonly import('./suite.mjs').Subject[]} parts.startupSubjects
 * @param {import('./suite.mjs').StartupResult | null} parts.startup
 * @returns {object}
 */
export function buildJsonReport(parts) {
  const commands = (/** @type {readonly import('./suite.mjs').Subject[]} */ subjects) =>
    subjects.map((subject) => ({ id: subject.id, label: subject.label, argv: subject.argv }));
  return {
    format: 'tern-bench/1',
    date: new Date().toISOString(),
    host: parts.host,
    settings: parts.settings,
    subjects: commands(parts.subjects),
    kernels: parts.kernels.map((result) => ({
      ...result,
      ratios: Object.fromEntries(
        parts.subjects
          .filter((subject) => subject.id !== REFERENCE_ID)
          .map((subject) => [subject.id, ratio(result, subject.id)]),
      ),
    })),
    geometricMeans: kernelGeometricMeans(parts.kernels, parts.subjects),
    startup:
      parts.startup === null
        ? null
        : {
            subjects: commands(parts.startupSubjects),
            results: parts.startup.subjects,
            ratios: Object.fromEntries(
              startupRatioPairs(parts.startupSubjects).map(([top, bottom]) => [
                `${top.id}/${bottom.id}`,
                startupRatio(parts.startup ?? { expectedOutput: null, subjects: {} }, top.id, bottom.id),
              ]),
            ),
          },
  };
}

/**
 * Median of `id` over median of java -Xint on one kernel; null if either failed.
 * @param {import('./suite.mjs').KernelResult} result
 * @param {string} id
 * @returns {number | null}
 */
function ratio(result, id) {
  const top = result.subjects[id]?.medianNs ?? null;
  const bottom = result.subjects[REFERENCE_ID]?.medianNs ?? null;
  return top === null || bottom === null || bottom === 0 ? null : top / bottom;
}

/**
 * The start-up ratios to print: every non-floor subject against each later-listed one.
 * Subjects are listed java, tern, node floor, so this yields tern/java, java/floor, tern/floor.
 * @param {readonly import('./suite.mjs').Subject[]} subjects
 * @returns {[import('./suite.mjs').Subject, import('./suite.mjs').Subject][]}
 */
function startupRatioPairs(subjects) {
  /** @type {[import('./suite.mjs').Subject, import('./suite.mjs').Subject][]} */
  const pairs = [];
  const hotspot = subjects.filter((subject) => subject.hotspot);
  const others = subjects.filter((subject) => !subject.hotspot && subject.id !== 'nodeFloor');
  const floor = subjects.find((subject) => subject.id === 'nodeFloor');
  for (const top of others) {
    for (const bottom of hotspot) {
      pairs.push([top, bottom]);
    }
  }
  if (floor) {
    for (const top of [...hotspot, ...others]) {
      pairs.push([top, floor]);
    }
  }
  return pairs;
}

/**
 * Ratio of two start-up medians; null if either failed.
 * @param {import('./suite.mjs').StartupResult} startup
 * @param {string} topId
 * @param {string} bottomId
 * @returns {number | null}
 */
function startupRatio(startup, topId, bottomId) {
  const top = startup.subjects[topId]?.medianNs ?? null;
  const bottom = startup.subjects[bottomId]?.medianNs ?? null;
  return top === null || bottom === null || bottom === 0 ? null : top / bottom;
}

/**
 * One line per failed (kernel, subject) with its first error line; a subject that could not run
 * at all gets a single line instead of one per kernel.
 * @param {readonly import('./suite.mjs').KernelResult[]} results
 * @param {readonly import('./suite.mjs').Subject[]} subjects
 * @returns {string}
 */
function formatFailures(results, subjects) {
  let text = '';
  for (const subject of subjects) {
    if (subject.unavailable !== null) {
      text += `FAILED every kernel on ${subject.label}: ${subject.unavailable}\n`;
    }
  }
  for (const result of results) {
    for (const subject of subjects) {
      const own = result.subjects[subject.id];
      if (own.status === 'failed' && subject.unavailable === null) {
        text += `FAILED ${result.name} on ${subject.label}: ${own.error}\n`;
      }
    }
  }
  return text;
}

/**
 * A ratio with two decimals (three below 0.1), or '-' when it could not be computed.
 * @param {number | null} value
 * @returns {string}
 */
function formatRatio(value) {
  if (value === null) {
    return '-';
  }
  return value < 0.1 ? value.toFixed(3) : value.toFixed(2);
}

/**
 * Aligns cells into columns: the first column left-aligned, the others right-aligned.
 * @param {readonly string[]} headers
 * @param {readonly (readonly string[])[]} rows
 * @returns {string}
 */
function renderTable(headers, rows) {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (/** @type {readonly string[]} */ cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
