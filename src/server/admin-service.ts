import { type ClusterState, encodeClusterSnapshot, encodeMemberInfo, sha256Hex } from '../cluster/index.js';
import { shoal } from '../proto/gen/shoal.js';
import { ConfChangeType, StateType } from '../raft/index.js';
import type { MessageClass, UnaryMethod } from './connect.js';
import type { RaftDriver } from './driver.js';
import { ShoalError, failedPrecondition, invalidArgument, notFound, unavailable } from './errors.js';
import { FORWARDED_HEADER, forwardUnary } from './forward.js';
import { LEARNER_CATCH_UP_ENTRIES, LEARNER_CATCH_UP_TIMEOUT_MS, NOOP_MAX_PAYLOAD_BYTES, TRANSFER_LEADER_TIMEOUT_MS } from './limits.js';
import { validateMemberId, validatePeerAddress, validateClientUrl } from './validate.js';
import { waitFor } from './wait-for.js';
import { createVolume, deleteVolume, getRoutingTable, listVolumes } from './volume-admin.js';
import { getLoad, listConnections, moveConnection } from './connection-admin.js';
import { type BalancerFlags, getBalancerConfig, listDecisions, setBalancerConfig } from './balance-admin.js';
import type { Balancer } from './balancer.js';
import type { ConnectionRegistry } from './connections.js';

const admin = shoal.admin.v1;
export const ADMIN_SERVICE_PATH = '/shoal.admin.v1.AdminService/';

/** What the admin service needs from the member besides the driver. */
export interface AdminContext {
  driver: RaftDriver;
  memberId: string;
  groupId: string;
  version: string;
  /** Whether the peer transport has a working connection to `id`. */
  isReachable(id: string): boolean;
  /** This member's client connections. */
  connections: ConnectionRegistry;
  balancer: Balancer;
  balancerFlags: BalancerFlags;
}

const ROLE_BY_STATE: Record<StateType, shoal.admin.v1.Role> = {
  [StateType.Follower]: admin.Role.ROLE_FOLLOWER,
  [StateType.Candidate]: admin.Role.ROLE_CANDIDATE,
  [StateType.Leader]: admin.Role.ROLE_LEADER,
  [StateType.PreCandidate]: admin.Role.ROLE_PRE_CANDIDATE,
};

/** The AdminService methods by name, each a Connect unary handler. */
export function adminMethods(ctx: AdminContext): Record<string, UnaryMethod<unknown, unknown>> {
  const methods = {
    GetStatus: method(admin.GetStatusRequest, admin.GetStatusResponse, async () => getStatus(ctx)),
    ListMembers: method(admin.ListMembersRequest, admin.ListMembersResponse, async (req) => {
      if (!req.local) await ctx.driver.readIndex();
      return admin.ListMembersResponse.create({ members: members(ctx), leaderId: ctx.driver.leaderId() });
    }),
    AddMember: leaderOnly(ctx, 'AddMember', admin.AddMemberRequest, admin.AddMemberResponse, (req) => addMember(ctx, req)),
    RemoveMember: leaderOnly(ctx, 'RemoveMember', admin.RemoveMemberRequest, admin.RemoveMemberResponse, (req) =>
      removeMember(ctx, req),
    ),
    TransferLeader: leaderOnly(ctx, 'TransferLeader', admin.TransferLeaderRequest, admin.TransferLeaderResponse, (req) =>
      transferLeader(ctx, req),
    ),
    ProposeNoop: method(admin.ProposeNoopRequest, admin.ProposeNoopResponse, async (req) => {
      const payload = req.payload ?? new Uint8Array(0);
      if (payload.length > NOOP_MAX_PAYLOAD_BYTES) {
        throw invalidArgument(`payload is ${payload.length} bytes; the limit is ${NOOP_MAX_PAYLOAD_BYTES}`);
      }
      const index = await ctx.driver.propose({ noop: { payload } });
      return admin.ProposeNoopResponse.create({ index });
    }),
    CreateVolume: leaderOnly(ctx, 'CreateVolume', admin.CreateVolumeRequest, admin.CreateVolumeResponse, (req) => createVolume(ctx.driver, req)),
    DeleteVolume: leaderOnly(ctx, 'DeleteVolume', admin.DeleteVolumeRequest, admin.DeleteVolumeResponse, (req) => deleteVolume(ctx.driver, req)),
    ListVolumes: method(admin.ListVolumesRequest, admin.ListVolumesResponse, (req) => listVolumes(ctx.driver, req)),
    GetRoutingTable: method(admin.GetRoutingTableRequest, admin.GetRoutingTableResponse, (req) => getRoutingTable(ctx.driver, req)),
    ListConnections: method(admin.ListConnectionsRequest, admin.ListConnectionsResponse, async () => listConnections(ctx.memberId, ctx.connections)),
    GetLoad: method(admin.GetLoadRequest, admin.GetLoadResponse, (req) => getLoad(ctx.driver, req)),
    GetBalancerConfig: method(admin.GetBalancerConfigRequest, admin.GetBalancerConfigResponse, async () => getBalancerConfig(ctx.driver.state, ctx.balancerFlags)),
    SetBalancerConfig: leaderOnly(ctx, 'SetBalancerConfig', admin.SetBalancerConfigRequest, admin.SetBalancerConfigResponse, (req) => setBalancerConfig(ctx.driver, req)),
    ListDecisions: method(admin.ListDecisionsRequest, admin.ListDecisionsResponse, async () => listDecisions(ctx.balancer)),
    GetStateDigest: method(admin.GetStateDigestRequest, admin.GetStateDigestResponse, async () => stateDigest(ctx.memberId, ctx.driver.state)),
    MoveConnection: leaderOnly(ctx, 'MoveConnection', admin.MoveConnectionRequest, admin.MoveConnectionResponse, (req) => moveConnection(ctx.driver, req)),
  };
  return methods as unknown as Record<string, UnaryMethod<unknown, unknown>>;
}

/** The member's applied index and the digests of its applied log and state, taken in one turn of the event loop. */
function stateDigest(memberId: string, state: ClusterState): shoal.admin.v1.GetStateDigestResponse {
  return admin.GetStateDigestResponse.create({
    memberId,
    appliedIndex: state.appliedIndex,
    logDigest: Buffer.from(state.appliedDigest).toString('hex'),
    stateDigest: sha256Hex(encodeClusterSnapshot(state)),
  });
}

function method<Req, Res>(
  requestType: MessageClass<Req>,
  responseType: MessageClass<Res>,
  handle: (req: Req, headers: Record<string, string | string[] | undefined>) => Promise<Res>,
): UnaryMethod<Req, Res> {
  return { requestType, responseType, handle: (req, call) => handle(req, call.headers) };
}

/** A mutation: runs on the leader; a follower forwards it there once (never twice). */
function leaderOnly<Req, Res>(
  ctx: AdminContext,
  name: string,
  requestType: MessageClass<Req>,
  responseType: MessageClass<Res>,
  handle: (req: Req) => Promise<Res>,
): UnaryMethod<Req, Res> {
  return method(requestType, responseType, async (req, headers) => {
    if (ctx.driver.isLeader()) return handle(req);
    if (headers[FORWARDED_HEADER]) throw unavailable(`${ctx.memberId} is no longer the leader; retry`);
    const leaderUrl = leaderClientUrl(ctx);
    const auth = headers.authorization;
    return forwardUnary(leaderUrl, `${ADMIN_SERVICE_PATH}${name}`, requestType, responseType, req, typeof auth === 'string' ? auth : undefined);
  });
}

function leaderClientUrl(ctx: AdminContext): string {
  const leader = ctx.driver.leaderId();
  if (!leader) throw unavailable('no leader is known right now (an election may be in progress); retry');
  const url = ctx.driver.state.members.get(leader)?.clientUrl;
  if (!url) throw unavailable(`the leader ${leader} has no known client URL`);
  return url;
}

function getStatus(ctx: AdminContext): shoal.admin.v1.GetStatusResponse {
  const s = ctx.driver.node.status();
  return admin.GetStatusResponse.create({
    memberId: ctx.memberId,
    role: ROLE_BY_STATE[s.state],
    term: s.term,
    leaderId: s.lead,
    commitIndex: s.commit,
    appliedIndex: ctx.driver.state.appliedIndex,
    members: members(ctx),
    pid: process.pid,
    groupId: ctx.groupId,
    lastIndex: s.lastIndex,
    version: ctx.version,
  });
}

function members(ctx: AdminContext): shoal.admin.v1.IMember[] {
  return ctx.driver.state.memberList().map((m) => ({
    id: m.id,
    clientUrl: m.clientUrl,
    peerAddress: m.peerAddress,
    voter: !m.learner,
    reachable: m.id === ctx.memberId || ctx.isReachable(m.id),
  }));
}

async function addMember(ctx: AdminContext, req: shoal.admin.v1.IAddMemberRequest): Promise<shoal.admin.v1.AddMemberResponse> {
  const id = validateMemberId('id', req.id);
  const clientUrl = validateClientUrl('client_url', req.clientUrl);
  const peerAddress = validatePeerAddress('peer_address', req.peerAddress);
  const state = ctx.driver.state;
  if (state.removedIds.has(id)) throw failedPrecondition(`member id '${id}' was removed before; ids are never reused`);
  const existing = state.members.get(id);
  if (existing && !existing.learner) throw new ShoalError('already_exists', `member '${id}' is already a voter`);
  const context = encodeMemberInfo({ id, clientUrl, peerAddress });
  if (!existing) await ctx.driver.proposeConfChange({ type: ConfChangeType.AddLearnerNode, nodeId: id, context });
  if (!req.learnerOnly) {
    await waitForCatchUp(ctx, id);
    await ctx.driver.proposeConfChange({ type: ConfChangeType.AddNode, nodeId: id, context });
  }
  const member = members(ctx).find((m) => m.id === id);
  return admin.AddMemberResponse.create({ member });
}

/** Waits until the learner's log is within LEARNER_CATCH_UP_ENTRIES of the leader's commit index. */
async function waitForCatchUp(ctx: AdminContext, id: string): Promise<void> {
  const caughtUp = await waitFor(() => {
    const s = ctx.driver.node.status();
    const pr = s.progress[id];
    if (!pr) throw unavailable(`lost leadership while '${id}' was catching up; it stays a learner`);
    return pr.match + LEARNER_CATCH_UP_ENTRIES >= s.commit;
  }, LEARNER_CATCH_UP_TIMEOUT_MS);
  if (!caughtUp) {
    throw new ShoalError(
      'deadline_exceeded',
      `'${id}' did not catch up within ${LEARNER_CATCH_UP_TIMEOUT_MS} ms (is it running and reachable?); it stays a learner — call AddMember again to promote it`,
    );
  }
}

async function removeMember(ctx: AdminContext, req: shoal.admin.v1.IRemoveMemberRequest): Promise<shoal.admin.v1.RemoveMemberResponse> {
  const id = validateMemberId('id', req.id);
  if (!ctx.driver.state.members.has(id)) throw notFound(`member '${id}' is not in the group`);
  // Pages are not replicated: a removed owner would take its pages' data with it.
  const owned = ctx.driver.state.volumesOwnedBy(id);
  if (owned.length > 0) {
    throw failedPrecondition(`member '${id}' owns pages of volume(s) ${owned.map((n) => `"${n}"`).join(', ')}; delete them first (pages do not move between members yet)`);
  }
  await ctx.driver.proposeConfChange({ type: ConfChangeType.RemoveNode, nodeId: id, context: new Uint8Array(0) });
  return admin.RemoveMemberResponse.create({});
}

async function transferLeader(
  ctx: AdminContext,
  req: shoal.admin.v1.ITransferLeaderRequest,
): Promise<shoal.admin.v1.TransferLeaderResponse> {
  const s = ctx.driver.node.status();
  const to = req.to ? validateMemberId('to', req.to) : mostUpToDateVoter(ctx);
  if (to === ctx.memberId) return admin.TransferLeaderResponse.create({ leaderId: to });
  const member = ctx.driver.state.members.get(to);
  if (!member) throw notFound(`member '${to}' is not in the group`);
  if (member.learner || !s.confState.voters.includes(to)) throw failedPrecondition(`member '${to}' is a learner and cannot lead`);
  ctx.driver.transferLeader(to);
  const moved = await waitFor(() => ctx.driver.leaderId() === to, TRANSFER_LEADER_TIMEOUT_MS);
  if (!moved) throw unavailable(`leadership did not move to '${to}' within ${TRANSFER_LEADER_TIMEOUT_MS} ms; retry`);
  return admin.TransferLeaderResponse.create({ leaderId: to });
}

/** The voter to hand leadership to when the caller names none. */
function mostUpToDateVoter(ctx: AdminContext): string {
  const to = ctx.driver.mostUpToDateVoter();
  if (to === null) throw failedPrecondition('there is no other voter to hand leadership to');
  return to;
}
