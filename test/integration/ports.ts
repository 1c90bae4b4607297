import { randomInt } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Ports for test members, picked at random from below Linux's ephemeral range
 * (32768+), so the outgoing connections of other tests (which take ephemeral source
 * ports) can never sit on a port a member is about to bind.
 *
 * A port that was free when it was picked is not bound until its member starts, so
 * a pick alone is not enough: two slots of one group, or two test files running at
 * once, could be handed the same port and one member would fail with EADDRINUSE.
 * Every port handed out is therefore reserved, for the life of the process, in this
 * process and in a directory that all test processes share (one file per port,
 * created exclusively, naming the owner's pid; a dead owner's files are taken over).
 */
const PORT_RANGE_MIN = 20_000;
const PORT_RANGE_MAX = 32_000;
/** Attempts to find one free port before giving up: a busy range is a broken machine. */
const PORT_PICK_ATTEMPTS_MAX = 100;
const RESERVATION_DIR = join(tmpdir(), 'shoal-test-ports');

const reservedHere = new Set<number>();
process.once('exit', () => {
  for (const port of reservedHere) rmSync(reservationPath(port), { force: true });
});

/** `count` distinct ports, free a moment ago on 127.0.0.1 and reserved for this process. */
export async function freePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  for (let attempt = 0; ports.length < count; attempt++) {
    if (attempt >= PORT_PICK_ATTEMPTS_MAX * count) throw new Error(`no free ports found in ${PORT_RANGE_MIN}–${PORT_RANGE_MAX}`);
    const port = randomInt(PORT_RANGE_MIN, PORT_RANGE_MAX);
    if (reserve(port) && (await canBind(port))) ports.push(port);
  }
  return ports;
}

function reservationPath(port: number): string {
  return join(RESERVATION_DIR, String(port));
}

/** Claims `port` for this process; false when this or another live process holds it. */
function reserve(port: number): boolean {
  if (reservedHere.has(port)) return false;
  mkdirSync(RESERVATION_DIR, { recursive: true });
  if (!createExclusive(port)) {
    if (ownerAlive(port)) return false;
    rmSync(reservationPath(port), { force: true });
    if (!createExclusive(port)) return false; // another process took it over first
  }
  reservedHere.add(port);
  return true;
}

function createExclusive(port: number): boolean {
  try {
    writeFileSync(reservationPath(port), String(process.pid), { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function ownerAlive(port: number): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(reservationPath(port), 'utf8'));
  } catch {
    return true; // vanishing or half-written: leave it to its owner
  }
  if (!Number.isSafeInteger(pid) || pid <= 0) return true; // half-written
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
