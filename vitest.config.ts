import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Where a file goes in the run: the checkpoint consistency harness first (the longest file of the
 * slow suite), the differential corpus last, everything else in between in vitest's own order
 * (longest first by the last run's timings, else largest file first). The two corpus suites may
 * not overlap (test/support/corpus-lock.ts), so with two workers the other one works through the
 * rest of the files while the consistency harness runs, instead of waiting for the lock.
 */
class CorpusSuitesApart extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number =>
      file.moduleId.endsWith('/test/consistency.test.ts') ? 0 : file.moduleId.endsWith('/test/differential.test.ts') ? 2 : 1;
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vitest's default worker count (cores - 1: one on the 2-core CI machine). Two workers made
    // the suite no faster (it is CPU-bound: the corpus suites keep both cores busy) and, under
    // load, let a worker's event loop stall past vitest's 60 s RPC timeout ("Timeout calling
    // onTaskUpdate"), which fails the run.
    sequence: { sequencer: CorpusSuitesApart },
    setupFiles: ['test/support/corpus-lock.ts'],
  },
});
