/**
 * Sizes on the command line (`--offset 4KiB`, `--size 10GiB`): what parseSize
 * accepts, what it refuses and why, and formatBytes for people.
 */
import test from 'ava';
import fc from 'fast-check';
import { formatBytes, parseSize } from '../../src/cli/size.js';

test('plain bytes and binary units are powers of 1024', (t) => {
  t.is(parseSize('0'), 0);
  t.is(parseSize('4096'), 4096);
  t.is(parseSize('4096B'), 4096);
  t.is(parseSize('4KiB'), 4096);
  t.is(parseSize('4K'), 4096);
  t.is(parseSize('1MiB'), 1024 ** 2);
  t.is(parseSize('10GiB'), 10 * 1024 ** 3);
  t.is(parseSize('10G'), 10 * 1024 ** 3);
  t.is(parseSize('2TiB'), 2 * 1024 ** 4);
  t.is(parseSize('1PiB'), 1024 ** 5);
});

test('SI units are powers of 1000', (t) => {
  t.is(parseSize('1kB'), 1000);
  t.is(parseSize('1KB'), 1000);
  t.is(parseSize('5MB'), 5_000_000);
  t.is(parseSize('3GB'), 3_000_000_000);
  t.is(parseSize('1TB'), 1e12);
});

test('units are case-insensitive; spaces around and before the unit are fine', (t) => {
  t.is(parseSize('1mib'), 1024 ** 2);
  t.is(parseSize(' 64 KiB '), 64 * 1024);
});

test('a decimal is fine when it is a whole number of bytes, computed exactly', (t) => {
  t.is(parseSize('1.5KiB'), 1536);
  t.is(parseSize('1.5GiB'), 1.5 * 1024 ** 3);
  t.is(parseSize('0.5MB'), 500_000);
  t.throws(() => parseSize('1.5'), { message: /whole number of bytes/ });
  t.throws(() => parseSize('0.3KiB'), { message: /whole number of bytes/ });
});

test('anything else is refused with a message that shows what a size looks like', (t) => {
  for (const text of ['', ' ', 'KiB', '-1', '+4', '1e3', '0x10', '4 KiB B', '1,024', '.5K', '5.']) {
    t.throws(() => parseSize(text), { message: /is not a size like 4096, 4KiB, 1MiB or 10GiB/ }, JSON.stringify(text));
  }
  t.throws(() => parseSize('4XB'), { message: /unknown unit "XB"/ });
  t.throws(() => parseSize('4 bits'), { message: /unknown unit/ });
});

test('sizes past 2^53 - 1 bytes are refused', (t) => {
  t.is(parseSize(String(Number.MAX_SAFE_INTEGER)), Number.MAX_SAFE_INTEGER);
  t.throws(() => parseSize('9007199254740992'), { message: /over the largest size/ });
  t.throws(() => parseSize('8192PiB'), { message: /over the largest size/ });
});

test('formatBytes picks a binary unit and keeps one decimal below 100', (t) => {
  t.is(formatBytes(0), '0 B');
  t.is(formatBytes(512), '512 B');
  t.is(formatBytes(1024), '1 KiB');
  t.is(formatBytes(1536), '1.5 KiB');
  t.is(formatBytes(8 * 1024 ** 2), '8 MiB');
  t.is(formatBytes(150 * 1024 ** 2), '150 MiB');
  t.is(formatBytes(10 * 1024 ** 3), '10 GiB');
});

test('what formatBytes prints for a whole unit, parseSize reads back', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1023 }), fc.constantFrom(1, 1024, 1024 ** 2, 1024 ** 3, 1024 ** 4), (count, unit) => {
      const bytes = count * unit;
      return parseSize(formatBytes(bytes).replace(' ', '')) === bytes;
    }),
  );
  t.pass();
});
