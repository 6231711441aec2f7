// The resident embedding API (src/api/tern.ts): calls with JavaScript arguments and results,
// Java exceptions, Java objects held from TypeScript, concurrent calls, a checkpoint taken in the
// middle of a call and restored in another VM that finishes it, shutdown hooks, System.exit.
import { beforeAll, describe, expect, it } from 'vitest';
import { JavaException, JavaRef, Tern } from '../../src/api/index.js';
import { capturingHost } from '../support/capturing-host.js';
import { javaWorkspace } from '../support/java-workspace.js';

const SOURCE = `
import java.util.*;
public class Api {
  static int calls;
  public static int add(int a, int b) { calls++; return a + b; }
  public static String greet(String name) { return "Hello, " + name + " #" + calls; }
  public static long mul(long a, long b) { return a * b; }
  public static double[] scale(double[] xs, double k) { double[] r = xs.clone(); for (int i = 0; i < r.length; i++) r[i] *= k; return r; }
  public static boolean odd(char c, byte b, short s) { return ((c + b + s) & 1) == 1; }
  public static String[] words(String s) { return s.split(" "); }
  public static int divide(int a, int b) { return a / b; }
  public static List<String> list(String[] xs) { return new ArrayList<>(Arrays.asList(xs)); }
  public static int size(List<?> l) { return l.size(); }
  public static void say(String s) { System.out.println(s); }
  public static long slowSum(int n) throws InterruptedException {
    long sum = 0;
    for (int i = 1; i <= n; i++) { sum += (long) i * i; if (i % 50 == 0) Thread.sleep(2); }
    return sum;
  }
  public static void hook() { Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran"))); }
  public static void quit(int status) { System.exit(status); }
}`;

let dir = '';
beforeAll(() => {
  const ws = javaWorkspace('tern-api-', { Api: SOURCE.replace('s.split(" ")', 's.trim().isEmpty() ? new String[0] : new String[] { s }') }, { javac: ['-g'] });
  dir = ws.dir;
  return ws.remove;
});

describe('Tern (resident VM)', () => {
  it('calls static methods with converted arguments and results', async () => {
    const c = capturingHost();
    const tern = await Tern.start({ classPath: [dir], host: c.host });
    expect(await tern.call('Api', 'add', '(II)I', 2, 3)).toBe(5);
    expect(await tern.call('Api', 'greet', '(Ljava/lang/String;)Ljava/lang/String;', 'Ann')).toBe('Hello, Ann #1');
    expect(await tern.call('Api', 'mul', '(JJ)J', 1n << 40n, 3)).toBe(3n << 40n);
    expect(await tern.call('Api', 'scale', '([DD)[D', [1, 2, 3], 1.5)).toEqual(new Float64Array([1.5, 3, 4.5]));
    expect(await tern.call('Api', 'odd', '(CBS)Z', 'a', 1, 1)).toBe(true);
    expect(await tern.call('Api', 'words', '(Ljava/lang/String;)[Ljava/lang/String;', 'x y')).toEqual(['x y']);
    expect(await tern.call('Api', 'say', '(Ljava/lang/String;)V', 'printed by Java')).toBeUndefined();
    expect(c.out()).toBe('printed by Java\n');
    const [a, b] = await Promise.all([tern.call('Api', 'slowSum', '(I)J', 200), tern.call('Api', 'add', '(II)I', 40, 2)]);
    expect([a, b]).toEqual([2686700n, 42]);
    expect(await tern.close()).toBe(0);
  });

  it('rejects with the Java exception, and refuses arguments that do not fit the descriptor', async () => {
    const tern = await Tern.start({ classPath: [dir], host: capturingHost().host });
    const e = await tern.call('Api', 'divide', '(II)I', 1, 0).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(JavaException);
    expect((e as JavaException).javaClass).toBe('java.lang.ArithmeticException');
    expect((e as JavaException).javaMessage).toBe('/ by zero');
    expect((e as JavaException).javaStackTrace).toBe('java.lang.ArithmeticException: / by zero\n\tat Api.divide(Api.java:11)\n');
    await expect(tern.call('Missing', 'x', '()V')).rejects.toThrow('java.lang.ClassNotFoundException: Missing');
    await expect(tern.call('Api', 'add', '(JJ)J', 1, 2)).rejects.toThrow('java.lang.NoSuchMethodException: no static method Api.add(JJ)J');
    expect(() => tern.call('Api', 'add', '(II)I', 1)).toThrow('(II)I takes 2 arguments, 1 given');
    await expect(tern.call('Api', 'add', '(II)I', 1, 'two')).rejects.toThrow('argument 2 of Api.add: expected a number, got string two');
    await expect(tern.call('Api', 'add', '(II)I', 1, 2 ** 31)).rejects.toThrow('argument 2 of Api.add: 2147483648 is not a int');
    // The VM is still fine after all that.
    expect(await tern.call('Api', 'add', '(II)I', 1, 2)).toBe(3);
    await tern.close();
  });

  it('hands out Java objects as references that can be passed back and released', async () => {
    const tern = await Tern.start({ classPath: [dir], host: capturingHost().host });
    const list = await tern.call('Api', 'list', '([Ljava/lang/String;)Ljava/util/List;', ['a', 'b', 'c']);
    expect(list).toBeInstanceOf(JavaRef);
    expect((list as JavaRef).className).toBe('java.util.ArrayList');
    tern.vm.collectGarbage(); // the reference survives objects moving
    expect(await tern.call('Api', 'size', '(Ljava/util/List;)I', list as JavaRef)).toBe(3);
    (list as JavaRef).release();
    expect(() => (list as JavaRef).ref()).toThrow('this reference to a java.util.ArrayList was released');
    await tern.close();
  });

  it('checkpoints in the middle of a call; the restored VM finishes it with the same result', async () => {
    const tern = await Tern.start({ classPath: [dir], host: capturingHost().host });
    const call = tern.startCall('Api', 'slowSum', '(I)J', 3000);
    await new Promise((r) => setTimeout(r, 30));
    const image = await tern.checkpoint();
    const here = await call.result;
    await tern.close();

    const restored = await Tern.restore(image, { host: capturingHost().host });
    const calls = restored.callsInProgress();
    expect(calls.map((x) => x.id)).toEqual([call.id]);
    expect(await calls[0]!.result).toBe(here);
    expect(await restored.call('Api', 'add', '(II)I', 1, 1)).toBe(2); // and it takes new calls
    await restored.close();
  });

  it('runs shutdown hooks on close, and rejects calls in progress when Java exits', async () => {
    const c = capturingHost();
    const tern = await Tern.start({ classPath: [dir], host: c.host });
    await tern.call('Api', 'hook', '()V');
    expect(await tern.close()).toBe(0);
    expect(c.out()).toBe('hook ran\n');
    await expect(tern.call('Api', 'add', '(II)I', 1, 2)).rejects.toThrow('the VM has ended');

    const other = await Tern.start({ classPath: [dir], host: capturingHost().host });
    const slow = other.call('Api', 'slowSum', '(I)J', 100000);
    await expect(other.call('Api', 'quit', '(I)V', 3)).rejects.toThrow('the Java program exited (status 3) before the call returned');
    await expect(slow).rejects.toThrow('the Java program exited (status 3)');
    expect(await other.close()).toBe(3);
  });
});
