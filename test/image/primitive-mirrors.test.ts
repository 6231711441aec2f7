// Class objects of primitive types survive a checkpoint as the same objects: a program that held
// int.class before the checkpoint still finds it identical to what reflection gives afterwards.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const PRIM = `
public class Prim {
  static final Class<?> HELD = int.class;
  public static int twice(int x) { return 2 * x; }
  public static void main(String[] args) throws Exception {
    System.out.println("held " + HELD + " " + (HELD == Integer.TYPE));
    boolean restored = tern.Checkpoint.save(args[0]);
    Class<?> p = Prim.class.getMethod("twice", int.class).getParameterTypes()[0];
    System.out.println("restored=" + restored + " same=" + (p == HELD) + " " + (p == int.class) + " " + Prim.class.getMethod("twice", int.class).invoke(null, 21));
  }
}`;

let dir = '';
beforeAll(() => {
  const ws = javaWorkspace('tern-prim-', { Prim: PRIM });
  dir = ws.dir;
  return ws.remove;
});

it('keeps int.class identical to the reflected parameter type after a restore', () => {
  const image = join(dir, 'prim.tern');
  const first = spawnSync('node', [TERN, '-cp', dir, 'Prim', image], { encoding: 'utf8' });
  expect(first.stdout).toBe('held int true\nrestored=false same=true true 42\n');
  const again = spawnSync('node', [TERN, 'restore', image], { encoding: 'utf8' });
  expect(again.stderr).toBe('');
  expect(again.stdout).toBe('restored=true same=true true 42\n');
});
