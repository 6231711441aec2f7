// Nested inlining (docs/jit.md "Inlining"): the body of a callee inlined into an inlined callee
// gets Relooper labels of its own (compiler.ts renameLabels), so the render of the callee that
// holds it no longer fails in Binaryen ("bad label in sourceToUnique", a C++ exception). Under
// -Xcomp, HashMap.getNode (inlining HashMapTreeNode.getTreeNode, which inlines more) and
// PrintStream.println(Object) (inlining print(Object), which inlines String.valueOf) first stayed
// interpreted ("internal compiler error: <number>"), then called those callees instead of inlining them.
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
/** The `inlined M@pc ...` part of a compile log line. */
const inlinedIn = (line: string): string => /inlined ([^,]*)/.exec(line)?.[1] ?? '';
beforeAll(() => { classes = compileSources({ 'Nested.java': SOURCE }); });
afterAll(() => classes.dispose());

describe('nested inlining', () => {
  it('-Xcomp: callees holding inlined bodies are inlined themselves, with the same output', async () => {
    const r = await runJava(classes.dir, 'Nested', { compileAll: true });
    expect(r.out).toBe('49\nnull\n');
    expect(r.log.filter((l) => l.includes('internal compiler error'))).toEqual([]);
    const getNode = compiledLines(r.log, 'java/util/HashMap.getNode(Ljava/lang/Object;)Ljava/util/HashMap$Node;');
    expect(getNode).toHaveLength(1);
    const println = compiledLines(r.log, 'java/io/PrintStream.println(Ljava/lang/Object;)V');
    expect(println).toHaveLength(1);
    // The callees that hold inlined bodies are inlined (with the bodies they hold), not called.
    expect(inlinedIn(getNode[0]!)).toContain('java/util/HashMapTreeNode.getTreeNode');
    expect(inlinedIn(println[0]!)).toContain('java/io/PrintStream.print(Ljava/lang/Object;)V');
    expect(inlinedIn(println[0]!)).toContain('java/lang/String.valueOf(Ljava/lang/Object;)Ljava/lang/String;');
  }, 120_000);
});
