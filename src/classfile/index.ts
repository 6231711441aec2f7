/**
 * @fileoverview Public surface of the class-file layer: parsing and checking class files, reading
 * descriptors, jars and manifests, disassembling code, and the typed faults all of these raise.
 */

export type * from './types.js';
export { CpTag, RefKind, Acc } from './types.js';
export { Op, OPCODES, LAST_OPCODE, opcodeInfo, instructionLength, readI16, readI32, readU16 } from './opcodes.js';
export type { OpcodeInfo } from './opcodes.js';
export {
  LinkageFault,
  ClassFormatError,
  UnsupportedClassVersionError,
  VerifyError,
  NoClassDefFoundError,
  JarFormatError,
  isClassfileFault,
} from './errors.js';
export { parseClassFile, MAGIC, MIN_MAJOR_VERSION, MAX_MAJOR_VERSION, PREVIEW_MINOR_VERSION } from './parser.js';
export type { ParseOptions } from './parser.js';
export { cpUtf8, cpClassName, isLoadable } from './constant-pool.js';
export {
  isValidUnqualifiedName,
  isValidMethodName,
  isValidClassName,
  isValidClassRefName,
  isValidFieldDescriptor,
  isValidMethodDescriptor,
  parseMethodDescriptor,
  argSlots,
  slotCount,
  fieldKind,
  fieldSize,
  arrayDimensions,
  classNameOfDescriptor,
  javaTypeName,
  externalMethodName,
  MAX_ARRAY_DIMENSIONS,
  MAX_ARGUMENT_SLOTS,
} from './descriptors.js';
export type { FieldKind, MethodDescriptor } from './descriptors.js';
export { initialFrame, verificationTypeOf, slotsOf } from './stack-map.js';
export { branchTargets } from './code-check.js';
export { decodeModifiedUtf8, encodeModifiedUtf8 } from './mutf8.js';
export { disassembleMethod, disassembleInstruction, describeConstant } from './disassembler.js';
export { javaDoubleToString, javaFloatToString } from './java-number-format.js';
export { JarFile, MANIFEST_NAME, crc32 } from './jar.js';
export type { Inflate } from './jar.js';
export { Manifest, Attributes, parseManifest } from './manifest.js';
