import type { Logger as PinoLogger } from 'pino';
import type { MemberInfo } from '../cluster/index.js';
import type { RaftDriver } from './driver.js';

/** How often a member checks that the group knows its current addresses. */
export const ANNOUNCE_CHECK_MS = 1_000;

/**
 * Keeps the replicated address book right about this member: bootstrap members
 * have no addresses in the log, and a member restarted on other ports must tell the
 * group. Whenever the applied state disagrees with what this member advertises and
 * a leader is known, it proposes an update (at most one in flight).
 */
export function announceAddress(driver: RaftDriver, self: MemberInfo, log: PinoLogger): () => void {
  let inFlight = false;
  const check = (): void => {
    if (inFlight || !driver.leaderId() || driver.failure) return;
    const known = driver.state.members.get(self.id);
    if (!known || (known.clientUrl === self.clientUrl && known.peerAddress === self.peerAddress)) return;
    inFlight = true;
    driver
      .propose({ updateMember: self })
      .then(() => log.info({ clientUrl: self.clientUrl, peerAddress: self.peerAddress }, 'announced addresses'))
      .catch((err: Error) => log.debug({ err: err.message }, 'address announcement not applied yet; will retry'))
      .finally(() => {
        inFlight = false;
      });
  };
  const timer = setInterval(check, ANNOUNCE_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
