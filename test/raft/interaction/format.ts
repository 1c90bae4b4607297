/**
 * How the interaction scripts print the core's data: close to etcd-io/raft's
 * `DescribeMessage` / `DescribeReady` so a reader who knows those files can read
 * ours, with shoal's names (a conf change entry prints as `v4`, `r2`, `l5`).
 */
import {
  type ConfChange,
  type ConfState,
  type Entry,
  type HardState,
  type Message,
  type NodeId,
  type Ready,
  type Snapshot,
  ConfChangeType,
  EntryType,
  MessageType,
  NONE,
  ProgressState,
  type RawNode,
  StateType,
  decodeConfChange,
} from '../../../src/raft/index.js';

const decoder = new TextDecoder();

/** A member id as printed: "no member" shows as 0, as in etcd. */
export function id(nodeId: NodeId): string {
  return nodeId === NONE ? '0' : nodeId;
}

/** `v4` add voter, `l4` add learner, `r4` remove: the same letters the scripts use to propose. */
export function confChange(cc: ConfChange): string {
  const letter = cc.type === ConfChangeType.AddNode ? 'v' : cc.type === ConfChangeType.AddLearnerNode ? 'l' : 'r';
  return `${letter}${cc.nodeId}`;
}

/** `term/index EntryNormal "data"` or `term/index EntryConfChange v4`. */
export function entry(e: Entry): string {
  if (e.type === EntryType.ConfChange) return `${e.term}/${e.index} EntryConfChange ${confChange(decodeConfChange(e.data))}`;
  return `${e.term}/${e.index} EntryNormal ${JSON.stringify(decoder.decode(e.data))}`;
}

/** `Voters:[1 2 3] Learners:[4]`. */
export function confState(cs: ConfState): string {
  return `Voters:[${cs.voters.join(' ')}] Learners:[${cs.learners.join(' ')}]`;
}

/** A snapshot's metadata (its data is opaque to the core and not printed). */
export function snapshot(s: Snapshot): string {
  const m = s.metadata;
  return `Index:${m.index} Term:${m.term} ConfState:${confState(m.confState)}`;
}

/** `HardState Term:2 Vote:1 Commit:11`. */
export function hardState(hs: HardState): string {
  return `HardState Term:${hs.term} Vote:${id(hs.vote)} Commit:${hs.commit}`;
}

/**
 * One message as one line, or several when it carries more than one entry (the
 * entries then go on their own indented lines, as etcd prints them).
 */
export function message(m: Message): string[] {
  let head = `${id(m.from)}->${id(m.to)} Msg${messageTypeName(m)} Term:${m.term} Log:${m.logTerm}/${m.index}`;
  if (m.commit !== 0) head += ` Commit:${m.commit}`;
  if (m.reject) head += ` Rejected (Hint: ${m.rejectHint})`;
  if (m.context.length > 0) head += ` Context:${JSON.stringify(decoder.decode(m.context))}`;
  if (m.snapshot !== null) head += ` Snapshot: ${snapshot(m.snapshot)}`;
  if (m.entries.length === 0) return [head];
  if (m.entries.length === 1) return [`${head} Entries:[${entry(m.entries[0]!)}]`];
  return [`${head} Entries:[`, ...m.entries.map((e) => `  ${entry(e)}`), ']'];
}

/** A Ready, section by section; empty sections are left out. */
export function ready(rd: Ready): string[] {
  const out = [`Ready MustSync=${rd.mustSync}:`];
  if (rd.softState) out.push(`Lead:${id(rd.softState.lead)} State:State${StateType[rd.softState.state]}`);
  if (rd.hardState) out.push(hardState(rd.hardState));
  if (rd.snapshot) out.push(`Snapshot ${snapshot(rd.snapshot)}`);
  section(out, 'Entries:', rd.entries.map(entry));
  section(out, 'CommittedEntries:', rd.committedEntries.map(entry));
  section(out, 'Messages:', rd.messages.flatMap(message));
  section(
    out,
    'ReadStates:',
    rd.readStates.map((s) => `Index:${s.index} Context:${JSON.stringify(decoder.decode(s.requestContext))}`),
  );
  return out;
}

function section(out: string[], title: string, lines: string[]): void {
  if (lines.length === 0) return;
  out.push(title, ...lines);
}

/** The member's role in the membership it knows: a removed member is `None`. */
function membership(node: RawNode): string {
  const cs = node.raft.tracker.confState();
  if (cs.voters.includes(node.raft.id)) return 'Voter';
  if (cs.learners.includes(node.raft.id)) return 'Learner';
  return 'None';
}

/** `1: StateLeader (Voter) Term:2 Vote:1 Lead:1 Commit:12 Last:12`. */
export function state(node: RawNode): string {
  const s = node.status();
  return (
    `${id(s.id)}: State${StateType[s.state]} (${membership(node)}) Term:${s.term} Vote:${id(s.vote)} ` +
    `Lead:${id(s.lead)} Commit:${s.commit} Applied:${s.applied} Last:${s.lastIndex}`
  );
}

/**
 * The leader's view of each member (etcd's progress map): state, match and next,
 * and the flags that explain why nothing is being sent (paused, inactive).
 */
export function progress(node: RawNode): string[] {
  const r = node.raft;
  if (r.state !== StateType.Leader) return [`${id(r.id)} is not the leader (State${StateType[r.state]})`];
  const lines = r.tracker.ids().map((member) => {
    const pr = r.tracker.progress.get(member)!;
    let line = `${member}: State${ProgressState[pr.state]} match=${pr.match} next=${pr.next}`;
    if (pr.isLearner) line += ' learner';
    if (pr.isPaused()) line += ' paused';
    if (pr.state === ProgressState.Snapshot) line += ` pendingSnap=${pr.pendingSnapshot}`;
    // The leader is always active to itself; the flag only means something for others.
    if (!pr.recentActive && member !== r.id) line += ' inactive';
    if (pr.inflights.size() > 0) line += ` inflight=${pr.inflights.size()}`;
    return line;
  });
  if (r.leadTransferee !== NONE) lines.push(`leadership transfer to ${r.leadTransferee} pending`);
  return lines;
}

/** `App`, `Vote`, ...: the name a script filters on, after the `Msg` prefix. */
export function messageTypeName(m: Message): string {
  return MessageType[m.type] ?? String(m.type);
}
