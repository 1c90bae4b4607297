/**
 * The connection and load methods of the admin service: ListConnections (what this
 * member holds), MoveConnection (a manual move, committed through the log like the
 * planner's moves will be, and carried out by the member holding the connection),
 * and GetLoad (every member's replicated load snapshot).
 */
import { shoal } from '../proto/gen/shoal.js';
import { CONNECTION_ID_PATTERN, type ConnectionRegistry } from './connections.js';
import type { RaftDriver } from './driver.js';
import { ShoalError, invalidArgument, notFound } from './errors.js';
import { MEMBER_ID_PATTERN } from './validate.js';

const admin = shoal.admin.v1;

/** Connection ids: "<member id>-<number>". */

/** This member's client connections. */
export function listConnections(memberId: string, registry: ConnectionRegistry): shoal.admin.v1.ListConnectionsResponse {
  const connections = registry.list().map((c) => ({
    id: c.id,
    memberId,
    remoteAddress: c.remoteAddress,
    openedAtMs: c.openedAtMs,
    requests: c.requests,
    bytesIn: c.bytesIn,
    bytesOut: c.bytesOut,
    inFlight: c.inFlight,
    bytesByOwner: Object.fromEntries([...c.bytesByOwner].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    movingTo: c.movingTo ?? '',
    movedFrom: c.movedFrom ?? '',
  }));
  return admin.ListConnectionsResponse.create({ memberId, connections });
}

/** Proposes moving one connection; resolves with the move's log index once applied here. */
export async function moveConnection(driver: RaftDriver, req: shoal.admin.v1.IMoveConnectionRequest): Promise<shoal.admin.v1.MoveConnectionResponse> {
  const connection = req.connection ?? '';
  const match = CONNECTION_ID_PATTERN.exec(connection);
  if (!match) throw invalidArgument(`connection "${connection}" is not a connection id like n1-7 (see ListConnections)`);
  const from = match[1]!;
  const to = req.to ?? '';
  if (!MEMBER_ID_PATTERN.test(to)) throw invalidArgument(`to "${to}" is not a valid member id`);
  const members = driver.state.members;
  if (!members.has(from)) throw notFound(`connection "${connection}" would be held by "${from}", which is not a member`);
  if (!members.has(to)) throw notFound(`member "${to}" is not in the group`);
  if (from === to) throw new ShoalError('invalid_argument', `connection "${connection}" is already held by ${to}`);
  if (!members.get(to)!.clientUrl) throw new ShoalError('unavailable', `the client URL of ${to} is not known yet; retry`);
  const index = await driver.propose({ moveConnections: { moves: [{ connection, from, to }], reason: 'manual', nowMs: Date.now() } });
  return admin.MoveConnectionResponse.create({ index });
}

/** Every member's latest load snapshot as replicated, sorted by member id. */
export async function getLoad(driver: RaftDriver, req: shoal.admin.v1.IGetLoadRequest): Promise<shoal.admin.v1.GetLoadResponse> {
  if (!req.local) await driver.readIndex();
  const members = driver.state.loadList().map(({ load, appliedIndex }) => ({ ...load, appliedIndex }));
  return admin.GetLoadResponse.create({ members, recentMoves: driver.state.recentMoves.list() });
}
