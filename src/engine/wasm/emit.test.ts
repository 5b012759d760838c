/**
 * The emitter's number encodings against the LEB128 examples every description of the format
 * uses, and a module it assembles running in this runtime.
 */
import { expect, test } from 'vitest';
import { assembleModule, Instructions, signedLeb, unsignedLeb } from './emit';

test('unsignedLeb writes 7 bits per byte, low first, with a continuation bit', () => {
  expect(unsignedLeb(0)).toEqual([0x00]);
  expect(unsignedLeb(127)).toEqual([0x7f]);
  expect(unsignedLeb(128)).toEqual([0x80, 0x01]);
  expect(unsignedLeb(624485)).toEqual([0xe5, 0x8e, 0x26]);
  expect(unsignedLeb(2 ** 32 - 1)).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
});

test('signedLeb carries the sign in bit 6 of the last byte', () => {
  expect(signedLeb(0)).toEqual([0x00]);
  expect(signedLeb(63)).toEqual([0x3f]);
  expect(signedLeb(64)).toEqual([0xc0, 0x00]);
  expect(signedLeb(-1)).toEqual([0x7f]);
  expect(signedLeb(-64)).toEqual([0x40]);
  expect(signedLeb(-65)).toEqual([0xbf, 0x7f]);
  expect(signedLeb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
});

test('an assembled module validates and runs: a loop that squares pairs of f64 in memory', () => {
  // square(at, count): the `count` 16-byte pairs from byte `at` are multiplied by themselves.
  const AT = 0, COUNT = 1;
  const body = new Instructions()
    .block().localGet(COUNT).i32Eqz().brIf(0)
    .loop()
    .localGet(AT).localGet(AT).v128Load(0).localGet(AT).v128Load(0).f64x2Mul().v128Store(0)
    .localGet(AT).i32Const(16).i32Add().localSet(AT)
    .localGet(COUNT).i32Const(1).i32Sub().localTee(COUNT).brIf(0)
    .end().end();
  const bytes = assembleModule([{ name: 'square', paramCount: 2, locals: [], body }], 1);
  expect(WebAssembly.validate(bytes)).toBe(true);
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
  const f64 = new Float64Array((exports.memory as WebAssembly.Memory).buffer);
  f64.set([1.5, -2, 3, 0.5, 7]);
  (exports.square as (at: number, count: number) => void)(0, 2);
  expect([...f64.subarray(0, 5)]).toEqual([2.25, 4, 9, 0.25, 7]);
});
