import { invalidArgument } from './errors.js';

/** Member ids: short, lowercase, safe in URLs, file names and metric labels. */
export const MEMBER_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,31}$/;

export function validateMemberId(field: string, value: string | null | undefined): string {
  const id = value ?? '';
  if (!MEMBER_ID_PATTERN.test(id)) {
    throw invalidArgument(`${field} "${id}" is not a valid member id: use 1–32 of a-z 0-9 _ - starting with a letter or digit`);
  }
  return id;
}

/** A base URL of a member's client port: http(s)://host:port with nothing after it. */
export function validateClientUrl(field: string, value: string | null | undefined): string {
  const text = value ?? '';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalidArgument(`${field} "${text}" is not a URL like http://127.0.0.1:7001`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.port || (url.pathname !== '/' && url.pathname !== '')) {
    throw invalidArgument(`${field} "${text}" must be http://host:port (with a port, no path)`);
  }
  return `${url.protocol}//${url.host}`;
}

/** host:port, with an IPv6 host in brackets; group 1 is the host, group 2 the port. */
export const HOST_PORT_PATTERN = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

/** host:port of a peer port. */
export function validatePeerAddress(field: string, value: string | null | undefined): string {
  const text = value ?? '';
  const match = HOST_PORT_PATTERN.exec(text);
  const port = match ? Number(match[2]) : 0;
  if (!match || port < 1 || port > 65535) {
    throw invalidArgument(`${field} "${text}" is not host:port like 127.0.0.1:7101`);
  }
  return text;
}
