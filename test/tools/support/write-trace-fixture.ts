// Writes test/tools/fixtures/shape-report.deopt-trace.jsonl (see shape-report-trace.ts).
// Run: npx vite-node test/tools/support/write-trace-fixture.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, shapeReportTrace } from './shape-report-trace.js';

const out = join(FIXTURES, 'shape-report.deopt-trace.jsonl');
writeFileSync(out, shapeReportTrace());
console.log(`wrote ${out}`);
