// Which notifications are new to this staff member: the newest id they have seen is kept in
// the browser (the server keeps no read state), so the staff bar can say "3 baru".

export function unseenCount(ids: readonly number[], lastSeen: number): number {
  return ids.filter((id) => id > lastSeen).length
}

// "3", or "50+" when every notification of the first page is new and there are older ones.
export function countLabel(unseen: number, pageSize: number, hasMore: boolean): string {
  return unseen >= pageSize && hasMore ? `${pageSize}+` : String(unseen)
}

// Poll again only when the last fetch is older than `minAgeMs` (no storm of requests while
// someone clicks through pages).
export function isStale(lastFetch: number | null, now: number, minAgeMs: number): boolean {
  return lastFetch === null || now - lastFetch >= minAgeMs
}
