/**
 * @fileoverview Links `invokedynamic` call sites without a `java.lang.invoke` implementation
 * (docs/core-decisions.md): for each call site the VM asks {@link spinCallSite} for a small
 * synthetic class whose public static method has exactly the call site's descriptor; invoking it
 * with the call site's arguments does what the bootstrap method's call site would do. Supported
 * bootstraps: StringConcatFactory (string `+`), LambdaMetafactory (lambdas and method references)
 * and ObjectMethods (record equals/hashCode/toString). Anything else is a BootstrapMethodError.
 */

import { RefKind } from '../../classfile/types.js';
import { bootstrapError, describeHandle, describeSite, readCallSite } from './call-site.js';
import { ClassWriteError } from './class-writer.js';
import { spinLambda } from './lambda.js';
import { spinObjectMethod } from './object-methods.js';
import { spinStringConcat } from './string-concat.js';
import type { CallSiteRequest, SyntheticClass } from './synthetic.js';

export type { CallSiteRequest, SyntheticClass } from './synthetic.js';
export { readCallSite } from './call-site.js';
export type { CallSiteInfo, MethodHandleArg, StaticArg } from './call-site.js';

/** Generates the class implementing the call site `req` describes; throws JavaThrow(BootstrapMethodError) when it cannot. */
export function spinCallSite(req: CallSiteRequest): SyntheticClass {
  const site = readCallSite(req.caller, req.cpIndex);
  const b = site.bootstrap;
  const target = b.refKind === RefKind.InvokeStatic ? `${b.owner}.${b.name}` : '';
  try {
    switch (target) {
      case 'java/lang/invoke/StringConcatFactory.makeConcatWithConstants':
        return spinStringConcat(site, req.syntheticName, true);
      case 'java/lang/invoke/StringConcatFactory.makeConcat':
        return spinStringConcat(site, req.syntheticName, false);
      case 'java/lang/invoke/LambdaMetafactory.metafactory':
        return spinLambda(site, req.syntheticName, false);
      case 'java/lang/invoke/LambdaMetafactory.altMetafactory':
        return spinLambda(site, req.syntheticName, true);
      case 'java/lang/runtime/ObjectMethods.bootstrap':
        return spinObjectMethod(site, req.syntheticName);
      default:
        throw bootstrapError(`${describeSite(site)}: unsupported bootstrap method ${describeHandle(b)}`);
    }
  } catch (e) {
    if (e instanceof ClassWriteError) throw bootstrapError(`${describeSite(site)}: cannot generate ${req.syntheticName}: ${e.message}`);
    throw e;
  }
}
