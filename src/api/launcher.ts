/**
 * @fileoverview Starts a Java program on a fresh VM the way the `java` launcher does: bootstrap
 * the class library (System.initPhase1), initialize the main class, run `main(String[])` on the
 * "main" green thread, wait for non-daemon threads, run shutdown hooks, and report the exit status.
 */
import { runSlice, tieringOf } from '../interp/interpreter.js';
import { installJit, JitRuntime, type JitOptions } from '../../jit/index.js';
import { ensureInitialized } from '../interp/linkage.js';
import { createNativeRegistry } from '../natives/index.js';
import { newStringArray } from '../natives/env.js';
import type { Host } from '../host/host.js';
import { JavaThrow } from '../runtime/errors.js';
import { Vm, type NativeRegistry, type VmOptions } from '../runtime/vm.js';
import { closeAllSockets } from '../runtime/socket-table.js';
import { FrameKind } from '../threads/frame.js';
import type { JavaThread } from '../threads/java-thread.js';

/** What to run. */
export interface LaunchSpec extends VmOptions {
  /** Main class in binary (`pkg.Main`) or internal (`pkg/Main`) form. */
  mainClass: string;
  args: string[];
  /** Extra native implementations (embedders, tests), merged over the standard ones. */
  extraNatives?: NativeRegistry;
  /** JIT settings (jit/, docs/jit.md); absent or null: interpreter only (-Xint). */
  jit?: JitOptions | null;
  /** Called with the VM before any Java code runs (the CLI attaches its control endpoint). */
  onVmCreated?: (vm: Vm) => void;
}

/** A launch failure the `java` launcher reports before any Java code runs. */
export class LaunchError extends Error {
  constructor(message: string, readonly status = 1) {
    super(message);
  }
}

/** Creates a VM with the standard natives installed. */
export function createVm(host: Host, options: VmOptions, extra?: NativeRegistry): Vm {
  const vm = new Vm(host, options);
  vm.natives = createNativeRegistry();
  for (const [cls, methods] of extra ?? []) vm.natives.set(cls, { ...(vm.natives.get(cls) ?? {}), ...methods });
  return vm;
}

/** Runs `spec` to completion; resolves to the process exit status. */
export async function launch(host: Host, spec: LaunchSpec): Promise<number> {
  const vm = createVm(host, spec, spec.extraNatives);
  vm.mainClassName = spec.mainClass.replace(/\//g, '.');
  if (spec.jit) {
    const jit = installJit(vm, spec.jit);
    // -Xcomp compiles before the first call, so Binaryen is loaded now; so it is when asked to.
    if (spec.jit.compileAll || spec.jit.preload) await jit.ready();
  }
  spec.onVmCreated?.(vm);
  bootMainThread(vm, (t) => pushMain(vm, t, spec));
  return runToCompletion(vm);
}

/**
 * Creates the "main" thread of a fresh VM and has it bootstrap the class library
 * (System.initPhase1) first; `then` pushes what it runs afterwards (main, for a launch).
 */
export function bootMainThread(vm: Vm, then: (t: JavaThread) => void = () => {}): JavaThread {
  const t = vm.newThread('main');
  vm.mainThread = t;
  // Registered first: from here on allocation may collect, and only registered threads are roots.
  vm.scheduler.add(t);
  t.threadObject = vm.allocInstance(vm.registry.load('java/lang/Thread'));
  vm.preallocate();
  then(t);
  const system = vm.registry.load('java/lang/System');
  const initPhase1 = system.methods.get('initPhase1()V');
  if (initPhase1) {
    vm.pushCall(t, initPhase1, []);
    ensureInitialized(vm, t, system);
  }
  return t;
}

/** Runs a VM whose threads are set up (launched or restored) until it exits; resolves to the status. */
export async function runToCompletion(vm: Vm): Promise<number> {
  vm.scheduler.onTerminated = (done) => threadEnded(vm, done);
  vm.scheduler.onAllNonDaemonDone = () => startShutdown(vm);
  await vm.scheduler.run((th) => runSlice(vm, th));
  const tier = tieringOf(vm);
  if (tier instanceof JitRuntime) tier.shutdown(); // the background compiler's thread
  closeAllSockets(vm); // like a process exit: no listener or connection outlives its VM
  vm.host.flush();
  return vm.exitCode;
}

/** Pushes main(String[]) and the main class's initialization, or throws LaunchError like `java`. */
function pushMain(vm: Vm, t: JavaThread, spec: LaunchSpec): void {
  const binary = spec.mainClass.replace(/\//g, '.');
  let cls;
  try {
    cls = vm.registry.load(spec.mainClass.replace(/\./g, '/'));
  } catch (e) {
    const reason = e instanceof JavaThrow && e.javaClass !== 'java/lang/NoClassDefFoundError'
      ? `${e.javaClass.replace(/\//g, '.')}: ${e.javaMessage}`
      : `java.lang.ClassNotFoundException: ${binary}`;
    throw new LaunchError(`Error: Could not find or load main class ${binary}\nCaused by: ${reason}`);
  }
  const main = cls.methods.get('main([Ljava/lang/String;)V');
  if (!main || !main.isStatic || (main.flags & 0x0001) === 0) {
    throw new LaunchError(`Error: Main method not found in class ${binary}, please define the main method as:\n   public static void main(String[] args)\nor a JavaFX application class must extend javafx.application.Application`);
  }
  t.stack[0] = newStringArray(vm, spec.args);
  t.pushFrame(main, 0, FrameKind.Reexecute);
  ensureInitialized(vm, t, cls);
}

/** A thread ended: wake joiners (Thread.join waits on the Thread object) and drop its locks. */
export function threadEnded(vm: Vm, t: JavaThread): void {
  vm.monitors.releaseAll(t);
  if (t.threadObject !== 0) vm.monitors.notifyAllUnowned(t.threadObject);
}

/** The last non-daemon thread ended: run Shutdown.shutdown() (hooks) once, then let the VM end. */
export function startShutdown(vm: Vm): boolean {
  if (vm.shutdownStarted) return true;
  vm.shutdownStarted = true;
  const shutdown = vm.registry.peek('java/lang/Shutdown') ?? tryLoad(vm, 'java/lang/Shutdown');
  const m = shutdown?.methods.get('shutdown()V');
  if (!m) return true;
  const t = vm.newThread('DestroyJavaVM');
  t.threadObject = vm.mainThread?.threadObject ?? 0;
  vm.scheduler.add(t); // a GC root before anything can allocate
  vm.pushCall(t, m, []);
  ensureInitialized(vm, t, shutdown!);
  return false;
}

function tryLoad(vm: Vm, name: string) {
  try {
    return vm.registry.load(name);
  } catch {
    return undefined;
  }
}
