// The phone's IndexedDB, for what localStorage cannot hold: the offline queue of complaints (with its photos
// as Blobs) and the photos of the half-written draft. One database, two object stores; every
// call opens its own transaction, and a read-modify-write happens inside one readwrite
// transaction, so two tabs cannot both claim the same complaint.

import type { QueuedComplaint, QueueStore } from './offlineQueue'

const DB_NAME = 'tanggap'
const DB_VERSION = 1
// The object store's name as first released (renaming it would lose the queued complaints).
const QUEUE = 'outbox'
const DRAFT = 'draft'
const DRAFT_PHOTOS_KEY = 'photos'

let opening: Promise<IDBDatabase> | null = null

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
  })
}

export function openDatabase(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available')
      const request = indexedDB.open(DB_NAME, DB_VERSION)
      request.onupgradeneeded = () => {
        const db = request.result
        if (!db.objectStoreNames.contains(QUEUE)) db.createObjectStore(QUEUE, { keyPath: 'id' })
        if (!db.objectStoreNames.contains(DRAFT)) db.createObjectStore(DRAFT)
      }
      request.onsuccess = () => {
        const db = request.result
        // Another tab with a newer version wants to upgrade: let it.
        db.onversionchange = () => {
          db.close()
          opening = null
        }
        resolve(db)
      }
      request.onerror = () => reject(request.error)
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'))
    })
    opening.catch(() => {
      opening = null
    })
  }
  return opening
}

export function idbQueueStore(): QueueStore {
  return {
    async all() {
      const db = await openDatabase()
      return promised(db.transaction(QUEUE, 'readonly').objectStore(QUEUE).getAll() as IDBRequest<QueuedComplaint[]>)
    },
    async add(item) {
      const db = await openDatabase()
      const tx = db.transaction(QUEUE, 'readwrite')
      tx.objectStore(QUEUE).add(item)
      await done(tx)
    },
    async update(id, change) {
      const db = await openDatabase()
      const tx = db.transaction(QUEUE, 'readwrite')
      const store = tx.objectStore(QUEUE)
      let written: QueuedComplaint | null = null
      // Read and write in the same transaction: no other tab's transaction on this store can
      // run in between.
      const current = await promised(store.get(id) as IDBRequest<QueuedComplaint | undefined>)
      if (current) {
        written = change(current)
        if (written) store.put(written)
      }
      await done(tx)
      return written
    },
    async remove(id) {
      const db = await openDatabase()
      const tx = db.transaction(QUEUE, 'readwrite')
      tx.objectStore(QUEUE).delete(id)
      await done(tx)
    },
  }
}

// The draft's photos (resized JPEG Blobs); the draft's text stays in localStorage (complaintForm.ts).
export async function loadDraftPhotos(): Promise<Blob[]> {
  const db = await openDatabase()
  const value = await promised(db.transaction(DRAFT, 'readonly').objectStore(DRAFT).get(DRAFT_PHOTOS_KEY))
  return Array.isArray(value) ? value.filter((b): b is Blob => b instanceof Blob) : []
}

export async function saveDraftPhotos(photos: Blob[]): Promise<void> {
  const db = await openDatabase()
  const tx = db.transaction(DRAFT, 'readwrite')
  if (photos.length) tx.objectStore(DRAFT).put(photos, DRAFT_PHOTOS_KEY)
  else tx.objectStore(DRAFT).delete(DRAFT_PHOTOS_KEY)
  await done(tx)
}
