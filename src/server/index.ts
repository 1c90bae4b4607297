/**
 * The member process: what other layers (the CLI, benchmarks) may use. Everything
 * else in src/server/ is wiring internal to the member.
 */
export { ConfigError, type HostPort, type MemberConfig, SERVER_FLAGS, parseServerConfig, serverUsage } from './config.js';
export { type RunningMember, SHOAL_VERSION, startMember } from './member.js';
