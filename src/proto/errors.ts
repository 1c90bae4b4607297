/**
 * Operating errors of the wire codec. Bytes from a peer are untrusted input, so a
 * frame that does not decode is an expected failure with a stable `code`, not a bug.
 */

/**
 * Bytes that are not a valid encoding of the expected message: malformed protobuf,
 * an enum value this version does not know, or an integer the core cannot hold
 * exactly (above 2^53 − 1). `cause` is the underlying protobufjs error, or a
 * RangeError naming the offending field.
 */
export class ProtoDecodeError extends Error {
  /** Stable across versions: callers match on this, never on the message text. */
  readonly code = 'PROTO_DECODE';
  /** The fully qualified protobuf type that was being decoded. */
  readonly typeName: string;

  constructor(typeName: string, cause: unknown) {
    super(`cannot decode ${typeName}: ${describe(cause)}`, { cause });
    this.name = 'ProtoDecodeError';
    this.typeName = typeName;
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
