/**
 * The SDK: what code outside src/client/ may use. The admin client, and the
 * data-path client (ShoalClient: group addresses, redirects, failover and retry).
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
export {
  RETRY_CHANNEL,
  ShoalClient,
  type ShoalClientOptions,
  ShoalVolume,
  type TransferOptions,
} from './shoal-client.js';
export { ShoalDataError, type ShoalDataErrorDetails, ShoalUnavailableError, dataCodeFromStatus } from './data-errors.js';
export {
  DATA_CONNECT_TIMEOUT_MS,
  DATA_KEEP_ALIVE_MS,
  DATA_READ_BYTES_MAX,
  DATA_REQUEST_BYTES_MAX,
  DATA_REQUEST_TIMEOUT_MS,
  ERROR_BODY_BYTES_MAX,
  MEMBERS_MAX,
  REDIRECTS_MAX,
  TRANSFER_CONCURRENCY,
} from './data-limits.js';
export { MEMBER_CHANGE_CHANNEL, type MemberChangeReason } from './member-ring.js';
export {
  DEFAULT_RETRY_POLICY,
  RETRY_AFTER_MS_MAX,
  RETRY_ATTEMPTS_MAX,
  RETRY_BASE_DELAY_MS,
  RETRY_BUDGET_MS,
  RETRY_MAX_DELAY_MS,
  type RetryPolicy,
} from './retry.js';
