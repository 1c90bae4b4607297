/**
 * The SDK: what code outside src/client/ may use. For now the admin client; the
 * data-path client (group addresses, redirects, reconnect and retry) joins it later.
 */
export {
  ADMIN_CALL_TIMEOUT_MS,
  ADMIN_CONNECT_TIMEOUT_MS,
  ADMIN_RESPONSE_BYTES_MAX,
  ADMIN_SERVICE_PATH,
  AdminClient,
  type AdminClientOptions,
  type CallOptions,
  normalizeEndpoint,
} from './admin-client.js';
export { AdminError, CONNECT_CODES, type ConnectCode, codeFromHttpStatus, isConnectCode } from './errors.js';
export {
  type AdminMember,
  AdminRole,
  type MembersResponse,
  type StatusResponse,
  membersToJson,
  roleName,
  statusToJson,
} from './admin-types.js';
