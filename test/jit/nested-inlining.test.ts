// Nested inlining (docs/jit.md "Not done yet"): Binaryen can fail to render the body of a callee
// that itself holds inlined bodies (a C++ exception, "bad label in sourceToUnique"). That callee is
// then called instead of inlined; the method still compiles. Under -Xcomp, HashMap.getNode
// (inlining HashMapTreeNode.getTreeNode) and PrintStream.println(Object) (inlining print(Object))
// used to stay interpreted with "internal compiler error: <number>".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSources, compiledLines, runJava } from './helpers.js';

const SOURCE = `
import java.util.*;
public class Nested {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 50; i++) m.put("k" + i, i);
        Object total = m.get("k7") + m.get("k42");
        System.out.println(total);
        System.out.println(m.get("missing"));
    }
}`;

let classes: { dir: string; dispose: () => void };
beforeAll(() => { classes = compileSources({ 'Nested.java': SOURCE }); });
afterAll(() => classes.dispose());

describe('nested inlining', () => {
  it('-Xcomp: a method whose inlined callee holds inlined bodies still compiles, with the same output', async () => {
    const r = await runJava(classes.dir, 'Nested', { compileAll: true });
    expect(r.out).toBe('49\nnull\n');
    expect(r.log.filter((l) => l.includes('internal compiler error'))).toEqual([]);
    expect(compiledLines(r.log, 'java/util/HashMap.getNode(Ljava/lang/Object;)Ljava/util/HashMap$Node;')).toHaveLength(1);
    expect(compiledLines(r.log, 'java/io/PrintStream.println(Ljava/lang/Object;)V')).toHaveLength(1);
  }, 120_000);
});
