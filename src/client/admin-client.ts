import { Pool } from 'undici';
import { shoal } from '../proto/gen/shoal.js';
import { AdminError, codeFromHttpStatus, isConnectCode } from './errors.js';

const admin = shoal.admin.v1;

/** The admin service's path prefix; a call is `POST <prefix><Method>`. */
export const ADMIN_SERVICE_PATH = '/shoal.admin.v1.AdminService/';

/**
 * 80 s by default: longer than the slowest server-side wait (AddMember waits up to
 * 60 s for a learner to catch up, a follower forwards for up to 70 s), so the
 * server's own deadline answers first with a precise error.
 */
export const ADMIN_CALL_TIMEOUT_MS = 80_000;
/** 5 s to open a TCP connection: loopback and LAN answer in milliseconds; a dead host should fail fast. */
export const ADMIN_CONNECT_TIMEOUT_MS = 5_000;
/** An admin answer is a few hundred bytes; 4 MiB leaves room for a large group and refuses a runaway body. */
export const ADMIN_RESPONSE_BYTES_MAX = 4 * 1024 * 1024;
/** Admin traffic is a trickle: two connections let a poll run beside a long call. */
const ADMIN_CONNECTIONS_MAX = 2;
/** Idle connections close after 10 s, well before the server's 65 s keep-alive, so we never reuse one it closed. */
const ADMIN_KEEP_ALIVE_MS = 10_000;

/** How to reach one member's admin API. */
export interface AdminClientOptions {
  /** `host:port` (http assumed) or a base URL like `http://127.0.0.1:7001`. */
  endpoint: string;
  /** Sent as `Authorization: Bearer <token>` when set. */
  token?: string | null;
  /** Default deadline of each call (ADMIN_CALL_TIMEOUT_MS when not set). */
  timeoutMs?: number;
}

/** Per-call options. */
export interface CallOptions {
  timeoutMs?: number;
}

/** The part of a protobufjs message class that writes a request. */
interface RequestType<T> {
  encode(message: T): { finish(): Uint8Array };
}

/** The part of a protobufjs message class that reads an answer. */
interface ResponseType<T> {
  decode(bytes: Uint8Array): T;
}

/**
 * A client of one member's AdminService: Connect unary calls with the binary
 * codec (`application/proto`) over a keep-alive undici pool. Every failure is an
 * AdminError: the server's Connect code when it answered, `unavailable` when the
 * member could not be reached, `deadline_exceeded` when it did not answer in time.
 */
export class AdminClient {
  /** The normalized base URL, e.g. `http://127.0.0.1:7001`. */
  readonly endpoint: string;
  private readonly pool: Pool;
  private readonly token: string | null;
  private readonly timeoutMs: number;

  constructor(options: AdminClientOptions) {
    this.endpoint = normalizeEndpoint(options.endpoint);
    this.token = options.token ?? null;
    this.timeoutMs = options.timeoutMs ?? ADMIN_CALL_TIMEOUT_MS;
    this.pool = new Pool(this.endpoint, {
      connections: ADMIN_CONNECTIONS_MAX,
      keepAliveTimeout: ADMIN_KEEP_ALIVE_MS,
      connect: { timeout: ADMIN_CONNECT_TIMEOUT_MS },
    });
  }

  /** This member's view of the group, answered locally. */
  getStatus(request: shoal.admin.v1.IGetStatusRequest = {}, options?: CallOptions): Promise<shoal.admin.v1.GetStatusResponse> {
    return this.call('GetStatus', admin.GetStatusRequest, admin.GetStatusResponse, request, options);
  }

  /** The group's members; linearizable unless `local` is set. */
  listMembers(request: shoal.admin.v1.IListMembersRequest = {}, options?: CallOptions): Promise<shoal.admin.v1.ListMembersResponse> {
    return this.call('ListMembers', admin.ListMembersRequest, admin.ListMembersResponse, request, options);
  }

  /** Adds a member as a learner and, unless `learnerOnly`, promotes it once caught up. */
  addMember(request: shoal.admin.v1.IAddMemberRequest, options?: CallOptions): Promise<shoal.admin.v1.AddMemberResponse> {
    return this.call('AddMember', admin.AddMemberRequest, admin.AddMemberResponse, request, options);
  }

  /** Removes a member from the group; its id can never be used again. */
  removeMember(request: shoal.admin.v1.IRemoveMemberRequest, options?: CallOptions): Promise<shoal.admin.v1.RemoveMemberResponse> {
    return this.call('RemoveMember', admin.RemoveMemberRequest, admin.RemoveMemberResponse, request, options);
  }

  /** Hands leadership to `to` (the most up-to-date voter when empty); resolves once it moved. */
  transferLeader(
    request: shoal.admin.v1.ITransferLeaderRequest = {},
    options?: CallOptions,
  ): Promise<shoal.admin.v1.TransferLeaderResponse> {
    return this.call('TransferLeader', admin.TransferLeaderRequest, admin.TransferLeaderResponse, request, options);
  }

  /** Commits an empty command; resolves with its index once applied on the member called. */
  proposeNoop(request: shoal.admin.v1.IProposeNoopRequest = {}, options?: CallOptions): Promise<shoal.admin.v1.ProposeNoopResponse> {
    return this.call('ProposeNoop', admin.ProposeNoopRequest, admin.ProposeNoopResponse, request, options);
  }

  /** Creates a volume whose pages are spread over the voters. */
  createVolume(request: shoal.admin.v1.ICreateVolumeRequest, options?: CallOptions): Promise<shoal.admin.v1.CreateVolumeResponse> {
    return this.call('CreateVolume', admin.CreateVolumeRequest, admin.CreateVolumeResponse, request, options);
  }

  /** Deletes a volume; its owners free its pages. */
  deleteVolume(request: shoal.admin.v1.IDeleteVolumeRequest, options?: CallOptions): Promise<shoal.admin.v1.DeleteVolumeResponse> {
    return this.call('DeleteVolume', admin.DeleteVolumeRequest, admin.DeleteVolumeResponse, request, options);
  }

  /** Every volume; linearizable unless `local` is set. */
  listVolumes(request: shoal.admin.v1.IListVolumesRequest = {}, options?: CallOptions): Promise<shoal.admin.v1.ListVolumesResponse> {
    return this.call('ListVolumes', admin.ListVolumesRequest, admin.ListVolumesResponse, request, options);
  }

  /** Which member owns which pages of a volume, as runs. */
  getRoutingTable(request: shoal.admin.v1.IGetRoutingTableRequest, options?: CallOptions): Promise<shoal.admin.v1.GetRoutingTableResponse> {
    return this.call('GetRoutingTable', admin.GetRoutingTableRequest, admin.GetRoutingTableResponse, request, options);
  }

  /** The client connections the called member holds. */
  listConnections(request: shoal.admin.v1.IListConnectionsRequest = {}, options?: CallOptions): Promise<shoal.admin.v1.ListConnectionsResponse> {
    return this.call('ListConnections', admin.ListConnectionsRequest, admin.ListConnectionsResponse, request, options);
  }

  /** Moves a client connection to another member (through the log; its holder closes it). */
  moveConnection(request: shoal.admin.v1.IMoveConnectionRequest, options?: CallOptions): Promise<shoal.admin.v1.MoveConnectionResponse> {
    return this.call('MoveConnection', admin.MoveConnectionRequest, admin.MoveConnectionResponse, request, options);
  }

  /** Every member's latest load snapshot; linearizable unless `local` is set. */
  getLoad(request: shoal.admin.v1.IGetLoadRequest = {}, options?: CallOptions): Promise<shoal.admin.v1.GetLoadResponse> {
    return this.call('GetLoad', admin.GetLoadRequest, admin.GetLoadResponse, request, options);
  }

  /** The balancer's settings in effect on the called member. */
  getBalancerConfig(request: shoal.admin.v1.IGetBalancerConfigRequest = {}, options?: CallOptions): Promise<shoal.admin.v1.GetBalancerConfigResponse> {
    return this.call('GetBalancerConfig', admin.GetBalancerConfigRequest, admin.GetBalancerConfigResponse, request, options);
  }

  /** Replaces the balancer's settings for the whole group (every field). */
  setBalancerConfig(request: shoal.admin.v1.ISetBalancerConfigRequest, options?: CallOptions): Promise<shoal.admin.v1.SetBalancerConfigResponse> {
    return this.call('SetBalancerConfig', admin.SetBalancerConfigRequest, admin.SetBalancerConfigResponse, request, options);
  }

  /** The called member's recent balancing rounds. */
  listDecisions(request: shoal.admin.v1.IListDecisionsRequest = {}, options?: CallOptions): Promise<shoal.admin.v1.ListDecisionsResponse> {
    return this.call('ListDecisions', admin.ListDecisionsRequest, admin.ListDecisionsResponse, request, options);
  }

  /** The called member's applied index and the digests of its applied log and cluster state. */
  getStateDigest(request: shoal.admin.v1.IGetStateDigestRequest = {}, options?: CallOptions): Promise<shoal.admin.v1.GetStateDigestResponse> {
    return this.call('GetStateDigest', admin.GetStateDigestRequest, admin.GetStateDigestResponse, request, options);
  }

  /** Closes the pooled connections; calls made afterwards fail. */
  async close(): Promise<void> {
    await this.pool.close();
  }

  private async call<Req, Res>(
    method: string,
    requestType: RequestType<Req>,
    responseType: ResponseType<Res>,
    request: Req,
    options: CallOptions | undefined,
  ): Promise<Res> {
    const timeoutMs = options?.timeoutMs ?? this.timeoutMs;
    const headers: Record<string, string> = { 'content-type': 'application/proto', 'connect-protocol-version': '1' };
    if (this.token !== null) headers.authorization = `Bearer ${this.token}`;
    let status: number;
    let body: Buffer;
    try {
      const response = await this.pool.request({
        path: `${ADMIN_SERVICE_PATH}${method}`,
        method: 'POST',
        headers,
        body: Buffer.from(requestType.encode(request).finish()),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      status = response.statusCode;
      body = await readLimited(response.body, ADMIN_RESPONSE_BYTES_MAX, this.endpoint);
    } catch (err) {
      if (err instanceof AdminError) throw err;
      throw this.transportError(method, err, timeoutMs);
    }
    if (status === 200) {
      try {
        return responseType.decode(body);
      } catch (err) {
        const reason = `${method}: ${this.endpoint} sent an undecodable answer: ${(err as Error).message}`;
        throw new AdminError('internal', reason, status, this.endpoint);
      }
    }
    throw this.errorFromBody(status, body);
  }

  /** A Connect error body `{code, message}`, or a code inferred from the status when it is not one. */
  private errorFromBody(status: number, body: Buffer): AdminError {
    try {
      const parsed = JSON.parse(body.toString('utf8')) as { code?: unknown; message?: unknown };
      if (isConnectCode(parsed.code)) {
        const message = typeof parsed.message === 'string' ? parsed.message : parsed.code;
        return new AdminError(parsed.code, message, status, this.endpoint);
      }
    } catch {
      // Not JSON: fall through to a code inferred from the HTTP status.
    }
    const reason = `${this.endpoint} answered HTTP ${status} without a Connect error body`;
    return new AdminError(codeFromHttpStatus(status), reason, status, this.endpoint);
  }

  private transportError(method: string, err: unknown, timeoutMs: number): AdminError {
    const code = (err as { code?: string }).code ?? '';
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      return new AdminError(
        'deadline_exceeded',
        `${method}: ${this.endpoint} did not answer within ${timeoutMs} ms (the call may still take effect)`,
        null,
        this.endpoint,
        { cause: err },
      );
    }
    const reason = (err as Error).message || code || String(err);
    return new AdminError('unavailable', `cannot reach ${this.endpoint}: ${reason}`, null, this.endpoint, { cause: err });
  }
}

/** `host:port` or `http(s)://host:port[/]` → `http(s)://host:port`. */
export function normalizeEndpoint(endpoint: string): string {
  const text = endpoint.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new AdminError('invalid_argument', `endpoint "${endpoint}" is not host:port or a URL like http://127.0.0.1:7001`, null, endpoint);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || (url.pathname !== '/' && url.pathname !== '') || url.search) {
    const reason = `endpoint "${endpoint}" must be host:port or http(s)://host:port with no path`;
    throw new AdminError('invalid_argument', reason, null, endpoint);
  }
  return url.origin;
}

/** Reads a whole body, giving up (and discarding the rest) once it passes `maxBytes`. */
async function readLimited(body: AsyncIterable<Buffer> & { destroy(): unknown }, maxBytes: number, endpoint: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) {
      body.destroy();
      throw new AdminError('resource_exhausted', `${endpoint} sent an answer over the ${maxBytes}-byte limit`, null, endpoint);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
