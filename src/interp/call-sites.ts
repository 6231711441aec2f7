/**
 * @fileoverview Inline caches for invokeinterface. Selecting the method a receiver class runs for
 * an interface method (JVMS §5.4.6, linkage.ts) looks it up by name and descriptor; each call site
 * remembers the few receiver classes it sees, so a call usually costs a short scan instead.
 */
import type { RtClass, RtMethod } from '../runtime/model.js';
import type { Vm } from '../runtime/vm.js';
import { selectInterface } from './linkage.js';
import type { Prepared } from './prepared.js';

/** The receiver classes an interface call site has seen and the methods they selected. */
export class InterfaceSite {
  readonly classes: RtClass[] = [];
  readonly targets: RtMethod[] = [];
}

/** Receiver classes a site remembers: sites with more are rare and take the slow path. */
const SITE_CLASSES = 4;

/** The method interface method `m`, called at `pc` of `P`, runs for a receiver of class `cls`. */
export function interfaceTarget(vm: Vm, P: Prepared, pc: number, cls: RtClass, m: RtMethod): RtMethod {
  let site = P.interfaceSites[pc];
  if (site === undefined) site = P.interfaceSites[pc] = new InterfaceSite();
  const classes = site.classes;
  for (let i = 0; i < classes.length; i++) if (classes[i] === cls) return site.targets[i]!;
  const target = selectInterface(vm, cls, m);
  if (classes.length < SITE_CLASSES) {
    classes.push(cls);
    site.targets.push(target);
  }
  return target;
}
