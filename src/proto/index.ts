/**
 * The wire layer: what other layers may import from src/proto/. The generated code
 * in ./gen/ is an implementation detail; reach it through these functions so that
 * decoded values are always the core's plain, fully filled objects.
 */
export { decodeConfChange, decodeRaftMessage, encodeConfChange, encodeRaftMessage } from './raft-codec.js';
export { ProtoDecodeError } from './errors.js';
