import { shoal } from '../proto/gen/shoal.js';

/**
 * The admin messages under names the SDK's users can import without reaching into
 * the generated code, plus the conversions the CLI needs.
 */

const admin = shoal.admin.v1;

/** A member as the admin API describes it. */
export type AdminMember = shoal.admin.v1.IMember;
/** GetStatus's answer: one member's view of the group. */
export type StatusResponse = shoal.admin.v1.GetStatusResponse;
/** ListMembers's answer. */
export type MembersResponse = shoal.admin.v1.ListMembersResponse;
/** The Raft roles, as the admin API numbers them. */
export const AdminRole = admin.Role;

/** "leader", "follower", "candidate", "pre-candidate" or "unknown". */
export function roleName(role: shoal.admin.v1.Role | null | undefined): string {
  switch (role) {
    case admin.Role.ROLE_LEADER:
      return 'leader';
    case admin.Role.ROLE_FOLLOWER:
      return 'follower';
    case admin.Role.ROLE_CANDIDATE:
      return 'candidate';
    case admin.Role.ROLE_PRE_CANDIDATE:
      return 'pre-candidate';
    default:
      return 'unknown';
  }
}

/** The proto3 JSON form the server's `application/json` codec sends (enum names, 64-bit numbers as strings). */
const JSON_OPTIONS = { longs: String, enums: String, bytes: String, defaults: true };

/** A GetStatus answer as the JSON a curl caller would see. */
export function statusToJson(status: StatusResponse): Record<string, unknown> {
  return admin.GetStatusResponse.toObject(status, JSON_OPTIONS);
}

/** A ListMembers answer as the JSON a curl caller would see. */
export function membersToJson(members: MembersResponse): Record<string, unknown> {
  return admin.ListMembersResponse.toObject(members, JSON_OPTIONS);
}
