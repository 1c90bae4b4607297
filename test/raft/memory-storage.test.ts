/**
 * MemoryStorage against the shared Storage compliance suite (the contract every
 * backend passes; see storage-compliance.ts).
 */
import { MemoryStorage } from '../../src/raft/index.js';
import { storageComplianceSuite } from './storage-compliance.js';

storageComplianceSuite('MemoryStorage', () => new MemoryStorage());
