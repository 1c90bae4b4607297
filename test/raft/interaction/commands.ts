/**
 * The script commands that build the group and move time and messages:
 * add-nodes, campaign, ticks, process-ready, deliver-msgs, drop, partition, heal,
 * stabilize, restart, log-level. Client-facing commands live in client-commands.ts.
 */
import {
  type Config,
  type Snapshot,
  EMPTY_BYTES,
  MemoryStorage,
  NONE,
  StateType,
} from '../../../src/raft/index.js';
import * as args from './args.js';
import { clientCommands } from './client-commands.js';
import type { Block } from './datadriven.js';
import { type InteractionEnv, LOG_LEVELS, type LogLevel, sortIds } from './env.js';
import * as fmt from './format.js';

/** A script command: reads its arguments from the block and prints through the env. */
export type Command = (env: InteractionEnv, block: Block) => void;

/** Runs one block against `env` and returns its output lines. */
export function runCommand(env: InteractionEnv, block: Block): string[] {
  const command = COMMANDS[block.command] ?? clientCommands[block.command];
  if (!command) throw new Error(`unknown command '${block.command}'`);
  return env.capture(() => command(env, block));
}

/** Options every add-nodes call may set, mapped onto the core's Config. */
function nodeOptions(block: Block): Partial<Config> {
  const options: Partial<Config> = {};
  const set = <K extends keyof Config>(key: K, value: Config[K] | null) => {
    if (value !== null) options[key] = value;
  };
  set('preVote', args.bool(block, 'prevote'));
  set('checkQuorum', args.bool(block, 'checkquorum'));
  set('electionTicks', args.int(block, 'election'));
  set('heartbeatTicks', args.int(block, 'heartbeat'));
  set('maxInflightMsgs', args.int(block, 'max-inflight'));
  set('maxSizePerMsgBytes', args.int(block, 'max-size-per-msg'));
  set('maxUncommittedEntriesBytes', args.int(block, 'max-uncommitted-size'));
  set('disableProposalForwarding', args.bool(block, 'disable-forwarding'));
  return options;
}

/**
 * `add-nodes N [voters=(1,2,3)] [learners=(4)] [index=K] [options]`. Ids continue
 * after the highest existing one. With `index`, each member starts from a
 * snapshot at K (term 1) holding the membership, at term 1; with `voters` alone, through
 * RawNode.bootstrap (its first Ready then waits to be handled); with neither, from
 * an empty log, as a member that a conf change will add.
 */
function addNodes(env: InteractionEnv, block: Block): void {
  const count = args.nthInt(block, 0, 'member count');
  const voters = args.list(block, 'voters');
  const learners = args.list(block, 'learners') ?? [];
  const index = args.int(block, 'index');
  const options = nodeOptions(block);
  if (voters === null && (learners.length > 0 || index !== null)) {
    throw new Error('add-nodes: learners= and index= need voters=');
  }
  if (voters !== null && index === null && learners.length > 0) {
    throw new Error('add-nodes: bootstrap adds voters only; use index= to start with learners');
  }
  const first = Math.max(0, ...env.ids().map(Number)) + 1;
  for (let i = 0; i < count; i++) {
    const id = String(first + i);
    const storage = new MemoryStorage();
    if (voters !== null && index !== null) {
      storage.applySnapshot(initialSnapshot(voters, learners, index));
      // A member holding a term-1 snapshot has seen term 1; its hard state says so,
      // so the term never trails the log and the first Ready carries no stale commit.
      storage.setHardState({ term: 1, vote: NONE, commit: index });
    }
    const node = env.newNode(id, storage, 0, options);
    if (voters !== null && index === null) node.bootstrap(voters);
    env.members.set(id, { id, node, storage, appliedIndex: storage.firstIndex() - 1, options });
    env.print(fmt.state(node));
  }
}

function initialSnapshot(voters: string[], learners: string[], index: number): Snapshot {
  const confState = { voters: sortIds(voters), learners: sortIds(learners) };
  return { metadata: { index, term: 1, confState }, data: EMPTY_BYTES };
}

/** `restart ID`: a crash that loses what was not persisted; the core is rebuilt from storage. */
function restart(env: InteractionEnv, block: Block): void {
  const m = env.member(args.nth(block, 0, 'member id'));
  const applied = Math.max(m.appliedIndex, m.storage.firstIndex() - 1);
  m.node = env.newNode(m.id, m.storage, applied, m.options);
  env.print(fmt.state(m.node));
}

function ids(env: InteractionEnv, block: Block): string[] {
  const given = args.positional(block);
  return given.length > 0 ? sortIds(given) : env.ids();
}

function tick(env: InteractionEnv, id: string, times: number): void {
  const node = env.member(id).node;
  for (let i = 0; i < times; i++) node.tick();
}

/**
 * `tick-election ID`: a leader ticks one election timeout (a check-quorum round);
 * anyone else ticks until its randomized election timeout has passed, so it
 * campaigns if it may.
 */
function tickElection(env: InteractionEnv, block: Block): void {
  const id = args.nth(block, 0, 'member id');
  const r = env.member(id).node.raft;
  const times =
    r.state === StateType.Leader ? r.config.electionTicks : Math.max(1, r.randomizedElectionTimeout - r.electionElapsed);
  tick(env, id, times);
}

function processReady(env: InteractionEnv, block: Block): void {
  const targets = ids(env, block);
  for (const id of targets) {
    if (!env.member(id).node.hasReady()) continue;
    if (targets.length === 1) env.processReady(id);
    else {
      env.print(`> ${id} handling Ready`);
      env.nested(() => env.processReady(id));
    }
  }
}

/**
 * `deliver-msgs [ID...] [drop=(ID,...)] [type=MsgApp]`: delivers what is queued to
 * the given members (all by default) and drops what is queued to the `drop` ones.
 */
function deliverMsgs(env: InteractionEnv, block: Block): void {
  const types = args.list(block, 'type');
  const typeSet = types === null ? null : new Set(types);
  const drop = args.list(block, 'drop');
  for (const id of sortIds(drop ?? [])) env.deliver(id, true, typeSet);
  const given = args.positional(block);
  if (drop !== null && given.length === 0) return;
  for (const id of given.length > 0 ? sortIds(given) : env.recipients()) env.deliver(id, false, typeSet);
}

/** `drop ID...`: discards every queued message to or from the given members. */
function drop(env: InteractionEnv, block: Block): void {
  const targets = new Set(args.positional(block));
  const kept = [];
  for (const m of env.queue) {
    if (targets.has(m.to) || targets.has(m.from)) env.print(...fmt.message(m).map((l, i) => (i === 0 ? `dropped: ${l}` : l)));
    else kept.push(m);
  }
  env.queue = kept;
}

/** `partition (1) (2,3)`: members in different groups cannot reach each other until `heal`. */
function partition(env: InteractionEnv, block: Block): void {
  const sides = args.groups(block);
  if (sides.length < 2) throw new Error('partition needs at least two groups, e.g. (1) (2,3)');
  env.partition = sides;
  env.print(`partitioned: ${sides.map((g) => `(${g.join(',')})`).join(' ')}`);
}

function logLevel(env: InteractionEnv, block: Block): void {
  const level = args.nth(block, 0, 'level');
  if (!LOG_LEVELS.includes(level as LogLevel)) throw new Error(`log-level: one of ${LOG_LEVELS.join(', ')}`);
  env.logLevel = level as LogLevel;
}

const COMMANDS: Record<string, Command> = {
  'add-nodes': addNodes,
  campaign: (env, block) => env.member(args.nth(block, 0, 'member id')).node.campaign(),
  tick: (env, block) => tick(env, args.nth(block, 0, 'member id'), args.nthInt(block, 1, 'tick count')),
  'tick-election': tickElection,
  'tick-heartbeat': (env, block) => {
    const id = args.nth(block, 0, 'member id');
    tick(env, id, env.member(id).node.raft.config.heartbeatTicks);
  },
  'set-randomized-election-timeout': (env, block) => {
    const timeout = args.int(block, 'timeout');
    if (timeout === null) throw new Error('set-randomized-election-timeout needs timeout=N');
    env.member(args.nth(block, 0, 'member id')).node.raft.randomizedElectionTimeout = timeout;
  },
  'process-ready': processReady,
  'deliver-msgs': deliverMsgs,
  drop,
  partition,
  heal: (env) => {
    env.partition = null;
  },
  stabilize: (env, block) => env.stabilize(ids(env, block)),
  restart,
  'raft-state': (env) => env.print(...env.ids().map((id) => fmt.state(env.member(id).node))),
  'log-level': logLevel,
};
