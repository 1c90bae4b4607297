/**
 * The volume methods of the admin service: create, delete, list, and the routing
 * table. Mutations go through the log (on the leader); the rules are checked here
 * first so the caller hears a clear error at once, and again by the state machine,
 * which alone decides (two creates of one name race in the log, not here).
 */
import {
  type ClusterState,
  DEFAULT_PAGE_SIZE_BYTES,
  type Volume,
  checkVolumeName,
  checkVolumeShape,
} from '../cluster/index.js';
import { shoal } from '../proto/gen/shoal.js';
import type { RaftDriver } from './driver.js';
import { ShoalError, notFound } from './errors.js';

const admin = shoal.admin.v1;

/** The admin API's view of a volume. */
export function volumeToWire(v: Volume): shoal.admin.v1.IVolume {
  return { name: v.name, sizeBytes: v.sizeBytes, pageSizeBytes: v.pageSizeBytes, pageCount: v.pageMap.pageCount, id: v.id };
}

/** Proposes a new volume; resolves once it is applied here. */
export async function createVolume(driver: RaftDriver, req: shoal.admin.v1.ICreateVolumeRequest): Promise<shoal.admin.v1.CreateVolumeResponse> {
  const name = req.name ?? '';
  const sizeBytes = Number(req.sizeBytes ?? 0);
  const pageSizeBytes = req.pageSizeBytes || DEFAULT_PAGE_SIZE_BYTES;
  const invalid = checkVolumeName(name) ?? checkVolumeShape(sizeBytes, pageSizeBytes);
  if (invalid) throw new ShoalError(invalid.code, invalid.message);
  if (driver.state.volumes.has(name)) throw new ShoalError('already_exists', `volume "${name}" already exists`);
  await driver.propose({ createVolume: { name, sizeBytes, pageSizeBytes } });
  const volume = driver.state.volumes.get(name);
  // Deleted again between apply and here: rare, and the caller should know.
  if (!volume) throw new ShoalError('aborted', `volume "${name}" was created and deleted again before this call returned`);
  return admin.CreateVolumeResponse.create({ volume: volumeToWire(volume) });
}

/** Proposes deleting a volume; its owners free its pages when they apply it. */
export async function deleteVolume(driver: RaftDriver, req: shoal.admin.v1.IDeleteVolumeRequest): Promise<shoal.admin.v1.DeleteVolumeResponse> {
  const name = req.name ?? '';
  const invalid = checkVolumeName(name);
  if (invalid) throw new ShoalError(invalid.code, invalid.message);
  if (!driver.state.volumes.has(name)) throw notFound(`volume "${name}" does not exist`);
  await driver.propose({ deleteVolume: { name } });
  return admin.DeleteVolumeResponse.create({});
}

/** Every volume, sorted by name. */
export async function listVolumes(driver: RaftDriver, req: shoal.admin.v1.IListVolumesRequest): Promise<shoal.admin.v1.ListVolumesResponse> {
  if (!req.local) await driver.readIndex();
  return admin.ListVolumesResponse.create({ volumes: driver.state.volumeList().map(volumeToWire) });
}

/** A volume's page map as runs, with pages per owner and the owners' client URLs. */
export async function getRoutingTable(
  driver: RaftDriver,
  req: shoal.admin.v1.IGetRoutingTableRequest,
): Promise<shoal.admin.v1.GetRoutingTableResponse> {
  const name = req.volume ?? '';
  const invalid = checkVolumeName(name);
  if (invalid) throw new ShoalError(invalid.code, `volume: ${invalid.message}`);
  if (!req.local) await driver.readIndex();
  const volume = driver.state.volumes.get(name);
  if (!volume) throw notFound(`volume "${name}" does not exist`);
  return admin.GetRoutingTableResponse.create({
    volume: volumeToWire(volume),
    runs: volume.pageMap.runs.map((r) => ({ firstPage: r.firstPage, pageCount: r.pageCount, owners: [...r.owners] })),
    owners: volume.pageMap.pagesPerOwner().map((o) => ({ memberId: o.memberId, pages: o.pages, clientUrl: clientUrlOf(driver.state, o.memberId) })),
  });
}

function clientUrlOf(state: ClusterState, memberId: string): string {
  return state.members.get(memberId)?.clientUrl ?? '';
}
