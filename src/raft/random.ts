/**
 * Randomness is injected: the core asks a `Random` for election jitter and never
 * calls Math.random, so a seeded simulator can replay any run exactly.
 */
export interface Random {
  /** A uniformly distributed integer in [0, n). `n` is a positive integer. */
  intn(n: number): number;
}

/**
 * A small, fast, seedable PRNG (sfc32 seeded through splitmix32). Good enough for
 * election jitter and simulation; not for anything cryptographic.
 */
export class SeededRandom implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  nextFloat(): number {
    return this.nextUint32() / 4294967296;
  }

  intn(n: number): number {
    if (!Number.isInteger(n) || n <= 0) throw new RangeError(`intn needs a positive integer, got ${n}`);
    return Math.floor(this.nextFloat() * n);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.nextFloat() < p;
  }
}
