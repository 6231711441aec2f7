// The JIT's command-line flags, as the CLI parses them and turns them into JitOptions.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/options.js';
import { jitOptions } from '../../src/cli/main.js';
import { DEFAULT_COMPILE_THRESHOLD } from '../../jit/index.js';

const parse = (...flags: string[]) => parseCommandLine([...flags, 'Main']);

describe('JIT flags', () => {
  it('default: mixed mode with the default threshold', () => {
    const o = jitOptions(parse())!;
    expect(o.compileAll).toBe(false);
    expect(o.threshold).toBe(DEFAULT_COMPILE_THRESHOLD);
    expect(o.deoptimizeALot).toBe(false);
    expect(o.log).toBeNull();
  });
  it('-Xint disables the JIT; the last of -Xint/-Xmixed/-Xcomp wins', () => {
    expect(jitOptions(parse('-Xint'))).toBeNull();
    expect(jitOptions(parse('-Xint', '-Xcomp'))!.compileAll).toBe(true);
    expect(jitOptions(parse('-Xcomp', '-Xint'))).toBeNull();
    expect(jitOptions(parse('-Xcomp', '-Xmixed'))!.compileAll).toBe(false);
  });
  it('-XX:CompileThreshold, -XX:+DeoptimizeALot, --jit-log', () => {
    const o = jitOptions(parse('-XX:CompileThreshold=42', '-XX:+DeoptimizeALot', '--jit-log'))!;
    expect(o.threshold).toBe(42);
    expect(o.deoptimizeALot).toBe(true);
    expect(o.log).not.toBeNull();
    expect(parse('--jit-log=/tmp/x.log').jitLog).toBe('/tmp/x.log');
    expect(parse('-XX:+PrintCompilation').jitLog).toBe('');
    expect(parse('--deopt-trace=/tmp/t.jsonl').deoptTrace).toBe('/tmp/t.jsonl');
    expect(parse().deoptTrace).toBeNull();
  });
  it('background compilation: on by default, as in HotSpot; -Xbatch or -XX:-BackgroundCompilation turns it off', () => {
    expect(jitOptions(parse())!.compileService).toBeTypeOf('function');
    expect(jitOptions(parse('-XX:+BackgroundCompilation'))!.compileService).toBeTypeOf('function');
    expect(jitOptions(parse('-Xbatch'))!.compileService).toBeNull();
    expect(jitOptions(parse('-XX:-BackgroundCompilation'))!.compileService).toBeNull();
    expect(jitOptions(parse('-Xbatch', '-XX:+BackgroundCompilation'))!.compileService).toBeTypeOf('function');
  });
});
