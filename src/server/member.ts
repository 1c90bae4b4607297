import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { pino, type Logger as PinoLogger } from 'pino';
import { BlockStore, resolveCompactionPolicy, LevelRaftStorage } from '../storage/index.js';
import { TcpTransport } from '../transport/index.js';
import { StateType } from '../raft/index.js';
import type { ConnectionMove } from '../cluster/index.js';
import { adminMethods } from './admin-service.js';
import type { MemberConfig } from './config.js';
import { ConfigError } from './config.js';
import { RaftDriver } from './driver.js';
import { closeServer, createClientServer, listen } from './http-server.js';
import { DELETED_VOLUME_SCAN_WAIT_MS, LEADER_TRANSFER_ON_STOP_TIMEOUT_MS, SERVER_CLOSE_GRACE_MS } from './limits.js';
import { MemberMetrics, type PeerStat } from './metrics.js';
import { announceAddress } from './announce.js';
import { ConnectionRegistry, IDLE_MOVE_GRACE_MS, MOVE_JITTER_MS_MAX, type MoveOutcome } from './connections.js';
import { DataApi } from './data-api.js';
import { LoadMonitor } from './load-monitor.js';
import { Balancer } from './balancer.js';
import { Placement, type PlacementPolicy } from './placement.js';
import { effectiveBalancer } from './balance-admin.js';
import { DataPath } from './data-path.js';
import { IoLimiter } from './io-limiter.js';
import { waitFor } from './wait-for.js';
import { dialAddresses, dialingVia } from './dial-via.js';

/** The most bytes of a secret or token file we read: they are short strings. */
const SECRET_FILE_BYTES_MAX = 4096;
/** A shared secret shorter than this is too easy to guess. */
const SECRET_BYTES_MIN = 16;

export const SHOAL_VERSION = '0.1.0';

/** A running member: its ports and how to stop it. */
export interface RunningMember {
  config: MemberConfig;
  driver: RaftDriver;
  /** This member's pages. */
  blocks: BlockStore;
  clientPort: number;
  peerPort: number;
  logger: PinoLogger;
  /** Graceful: hands leadership away first, then flushes and closes everything. */
  stop(): Promise<void>;
}

/** Opens storage, starts the peer transport, the Raft driver and the client port. */
export async function startMember(config: MemberConfig, logger?: PinoLogger): Promise<RunningMember> {
  const log = logger ?? pino({ level: config.logLevel, base: { member: config.id } });
  const secret = readSecret(config.secretFile, 'secret-file');
  const adminToken = config.adminTokenFile ? readSecret(config.adminTokenFile, 'admin-token-file').toString('utf8') : null;
  mkdirSync(config.dataDir, { recursive: true });
  const policy = resolveCompactionPolicy({ snapshotEntries: config.snapshotEntries, retainEntries: config.retainEntries });
  const storage = await LevelRaftStorage.open(`${config.dataDir}/raft`, { compaction: policy });
  const blocks = await BlockStore.open(`${config.dataDir}/blocks`);
  const transport = new TcpTransport({
    id: config.id,
    groupId: config.groupId,
    secret,
    listenHost: config.listenPeer.host,
    listenPort: config.listenPeer.port,
    peers: dialAddresses(new Map([...config.peers].filter(([id]) => id !== config.id)), config.dialVia),
    logger: log,
  });
  let driver: RaftDriver | null = null;
  const metrics = new MemberMetrics(config.id, () => driver, () => peerStats(transport), () => transport.stats());
  // Only the peer addresses, which every member has alike from --peers. This member's
  // own client URL must reach the others through the log (announceAddress): filled in
  // locally, it would hide the difference that makes the announcement happen, and
  // the other members would never learn where to forward admin calls.
  const initialMembers = [...config.peers].map(([id, peerAddress]) => ({ id, peerAddress, clientUrl: '' }));
  driver = new RaftDriver({
    id: config.id,
    storage,
    transport: dialingVia(transport, config.dialVia),
    initialMembers,
    bootstrapVoters: config.join ? null : [...config.peers.keys()],
    compaction: policy,
    tickMs: config.tickMs,
    electionTicks: config.electionTicks,
    heartbeatTicks: config.heartbeatTicks,
    logger: raftLogger(log),
    onSave: (seconds, entries) => metrics.observeSave(seconds, entries),
    onCommit: (seconds) => metrics.commitSeconds.observe(seconds),
  });
  metrics.watchBlockStore(() => blocks.stats());
  const ioLimiter = new IoLimiter({ opsPerSecond: config.ioCapacity });
  const dataPath = new DataPath({ memberId: config.id, driver, store: blocks, peers: transport, observer: metrics, ioLimiter });
  transport.onPageRequest((from, request) => dataPath.servePeer(from, request));
  driver.onEffect((effect) => {
    if (effect.kind !== 'volume-deleted') return;
    blocks.deleteVolume(effect.volume.id).catch((err: unknown) => log.warn({ err, volume: effect.volume.name }, 'could not free the pages of a deleted volume'));
  });
  const connections = new ConnectionRegistry(config.id);
  metrics.watchConnections(() => connections.size);
  driver.onEffect((effect) => {
    if (effect.kind === 'connections-moved') carryOutMoves(config.id, driver!, connections, effect.moves, metrics, log);
  });
  const loadMonitor = new LoadMonitor({
    memberId: config.id,
    intervalMs: config.loadIntervalMs,
    capacity: config.capacity,
    driver,
    connections,
    peerRequestsServed: () => transport.stats().pageRequestsServed,
    ioLimiter,
    logger: log,
  });
  metrics.watchLoad(() => (loadMonitor.latest === null ? null : { ...loadMonitor.latest, forwardedFraction: loadMonitor.forwardedFraction }));
  const balancerFlags = { enabled: config.balance, placement: config.placement };
  const balancer = new Balancer({ driver, flags: balancerFlags, metrics, logger: log });
  driver.onEffect((effect) => balancer.onEffect(effect));
  await transport.start();
  driver.start();
  loadMonitor.start();
  collectDeletedVolumes(driver, blocks, log);
  const server = createClientServer({
    memberId: config.id,
    adminMethods: adminMethods({
      driver,
      memberId: config.id,
      groupId: config.groupId,
      version: SHOAL_VERSION,
      isReachable: (id) => transport.peerStates().get(id)?.connected ?? false,
      connections,
      balancer,
      balancerFlags,
    }),
    dataApi: new DataApi(
      dataPath,
      config.maxRequestBytes,
      (method, status, seconds) => metrics.dataRequest(method, status, seconds),
      connections,
      new Placement(config.id, () => effectiveBalancer(driver!.state, balancerFlags).placement as PlacementPolicy, () => driver!.state),
    ),
    connections,
    adminToken,
    metrics: async () => ({ contentType: metrics.registry.contentType, body: await metrics.registry.metrics() }),
    readiness: () => readiness(driver!),
  });
  const clientPort = await listen(server, config.listenClient.host, config.listenClient.port);
  const stopAnnouncing = announceAddress(driver, { id: config.id, clientUrl: config.advertiseClient, peerAddress: config.advertisePeer }, log);
  log.info({ clientPort, peerPort: transport.port(), dataDir: config.dataDir }, 'member started');
  const running: RunningMember = {
    config,
    driver,
    blocks,
    clientPort,
    peerPort: transport.port(),
    logger: log,
    stop: () => {
      loadMonitor.stop();
      return stopMember({ memberId: config.id, driver: driver!, server, transport, storage, blocks, ioLimiter, connections, log, stopAnnouncing });
    },
  };
  return running;
}

/** A graceful stop: leadership handed off, clients sent to other members, then everything closed in order. */
async function stopMember(parts: MemberParts): Promise<void> {
  const { driver, server, transport, storage, blocks, ioLimiter, connections, log } = parts;
  parts.stopAnnouncing();
  await handOffLeadership(driver, log);
  // Clients move to the other members first: the SDK follows the redirect without an error.
  // Closing the server closes idle connections at once, so wait (bounded) for the moved
  // ones to get their redirect on their next request, or their grace to run out.
  sendClientsElsewhere(parts.memberId, driver, connections);
  await waitFor(() => connections.size === 0, IDLE_MOVE_GRACE_MS + MOVE_JITTER_MS_MAX);
  // Calls still waiting for IO capacity are answered 503 now: the server's close waits for every request in flight.
  ioLimiter.close();
  await closeServer(server, SERVER_CLOSE_GRACE_MS);
  await driver.stop();
  await transport.close();
  await storage.close();
  await blocks.close();
  log.info('member stopped');
}

/** What a graceful stop takes apart, in order. */
interface MemberParts {
  memberId: string;
  driver: RaftDriver;
  server: Server;
  transport: TcpTransport;
  storage: LevelRaftStorage;
  blocks: BlockStore;
  ioLimiter: IoLimiter;
  connections: ConnectionRegistry;
  log: PinoLogger;
  stopAnnouncing: () => void;
}

/**
 * Moves every client connection to the other voters in turn (live ones when the
 * loads say who is live): the answers in flight carry the redirect, an idle
 * connection gets its next request redirected (or is closed after the grace).
 */
function sendClientsElsewhere(memberId: string, driver: RaftDriver, connections: ConnectionRegistry): void {
  const state = driver.state;
  const others = state.memberList().filter((m) => m.id !== memberId && !m.learner && m.clientUrl);
  const live = others.filter((m) => state.isLive(m.id));
  const targets = live.length > 0 ? live : others;
  if (targets.length === 0) return;
  connections.list().forEach((c, i) => connections.move(c.id, targets[i % targets.length]!.clientUrl, () => {}));
}

/**
 * Carries out the committed moves of connections this member holds, each after a
 * small random delay so a batch of moves does not make every client reconnect at
 * once. A move of a connection that is already gone is dropped without harm.
 */
function carryOutMoves(
  memberId: string,
  driver: RaftDriver,
  connections: ConnectionRegistry,
  moves: readonly ConnectionMove[],
  metrics: MemberMetrics,
  log: PinoLogger,
): void {
  for (const move of moves) {
    if (move.from !== memberId) continue;
    const toUrl = driver.state.members.get(move.to)?.clientUrl ?? '';
    const report = (outcome: MoveOutcome): void => {
      metrics.connectionMoves.inc({ outcome });
      log.info({ connection: move.connection, to: move.to, outcome }, 'moved a client connection');
    };
    const timer = setTimeout(() => {
      if (toUrl) connections.move(move.connection, toUrl, report);
      else report('gone');
    }, Math.random() * MOVE_JITTER_MS_MAX);
    timer.unref();
  }
}

/**
 * Frees the pages of volumes deleted while this member was down (or whose delete
 * raced a write): once the log it had committed at start is applied, any volume id
 * in the block store that the state no longer has, and that is not newer than what
 * was applied, was deleted. Runs once, in the background.
 */
function collectDeletedVolumes(driver: RaftDriver, blocks: BlockStore, log: PinoLogger): void {
  const committedAtStart = driver.node.raft.log.committed;
  const collect = async (): Promise<void> => {
    if (!(await waitFor(() => driver.state.appliedIndex >= committedAtStart, DELETED_VOLUME_SCAN_WAIT_MS))) return;
    for (const id of await blocks.volumeIds()) {
      if (id > driver.state.appliedIndex || driver.state.volumesById.has(id)) continue;
      log.info({ volumeId: id }, 'freeing the pages of a deleted volume');
      await blocks.deleteVolume(id);
    }
  };
  collect().catch((err: unknown) => log.warn({ err }, 'could not free the pages of deleted volumes'));
}

/** A leader hands leadership to the most up-to-date voter so the group need not wait for an election. */
async function handOffLeadership(driver: RaftDriver, log: PinoLogger): Promise<void> {
  if (!driver.isLeader() || driver.failure) return;
  const to = driver.mostUpToDateVoter();
  if (to === null) return;
  log.info({ to }, 'transferring leadership before stopping');
  driver.transferLeader(to);
  const moved = await waitFor(() => !driver.isLeader(), LEADER_TRANSFER_ON_STOP_TIMEOUT_MS);
  if (!moved) log.warn({ to }, 'leadership did not move in time; stopping anyway');
}

function readiness(driver: RaftDriver): { ready: boolean; reason: string } {
  if (driver.failure) return { ready: false, reason: `failed: ${driver.failure.message}` };
  const raft = driver.node.raft;
  if (!raft.lead) return { ready: false, reason: 'no leader known' };
  if (driver.state.appliedIndex < raft.log.committed) {
    return { ready: false, reason: `applied ${driver.state.appliedIndex} of committed ${raft.log.committed}` };
  }
  const role = raft.state === StateType.Leader ? 'leader' : 'follower';
  return { ready: true, reason: `${role}, leader ${raft.lead}, applied ${driver.state.appliedIndex}` };
}

function readSecret(path: string, flag: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new ConfigError(`--${flag}: cannot read "${path}": ${(err as Error).message}`);
  }
  if (bytes.length > SECRET_FILE_BYTES_MAX) throw new ConfigError(`--${flag}: "${path}" is over ${SECRET_FILE_BYTES_MAX} bytes`);
  const trimmed = Buffer.from(bytes.toString('utf8').trim(), 'utf8');
  if (trimmed.length < SECRET_BYTES_MIN) {
    throw new ConfigError(`--${flag}: "${path}" holds ${trimmed.length} bytes; use at least ${SECRET_BYTES_MIN}`);
  }
  return trimmed;
}

/** The transport's per-peer state under the metrics' names (it counts drops as `messagesDropped`). */
function peerStats(transport: TcpTransport): Map<string, PeerStat> {
  const stats = new Map<string, PeerStat>();
  for (const [id, s] of transport.peerStates()) stats.set(id, { ...s, dropped: s.messagesDropped });
  return stats;
}

/** The Raft core's logger on pino, at debug level for its chatter. */
function raftLogger(log: PinoLogger): { debug(m: string): void; info(m: string): void; warn(m: string): void } {
  return {
    debug: (m) => log.debug(m),
    info: (m) => log.debug(m),
    warn: (m) => log.warn(m),
  };
}
