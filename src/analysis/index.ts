/**
 * @fileoverview Public surface of the bytecode analysis layer: slot kinds at any pc of a method
 * (for GC reference maps, checkpoint capture, restore validation and the JIT) and the method's
 * control-flow graph (blocks, loops, back edges). See README.md in this folder.
 */
export { SlotKind, SLOT_KIND_COUNT, slotKindName, formatKinds, isWideFirst, isWideSecond, slotSize } from './slot-kind.js';
export { analyzeMethod, buildMethodAnalysis } from './frames.js';
export type { AnalysisOptions, FrameKinds, MethodAnalysis, ReferenceMap } from './frames.js';
export { Flow } from './instructions.js';
export type { InstructionIndex } from './instructions.js';
export type { BasicBlock, ControlFlowGraph, ExceptionEdge, Loop } from './cfg.js';
export { BytecodeVerifyError } from './verify-error.js';
