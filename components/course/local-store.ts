"use client";

import { useSyncExternalStore } from "react";

export interface LocalStore<T> {
  /** The parsed value; the empty value during prerendering and hydration. */
  useValue(): T;
  /** Applies `change` to the current value and stores the result. */
  update(change: (current: T) => T): void;
}

/**
 * Exposes a localStorage key to React through `useSyncExternalStore`. Pages
 * render the empty value first (the server has no storage) and the stored
 * value right after hydration. Other tabs' writes arrive through the
 * `storage` event. When storage is blocked (private mode, policies), updates
 * still show on the page but last only until it is closed.
 */
export function createLocalStore<T>(key: string, parse: (raw: string | null) => T, empty: T): LocalStore<T> {
  const listeners = new Set<() => void>();
  let cachedRaw: string | null | undefined;
  let cachedValue = empty;
  // Set when a write failed, so the page keeps the new value instead of rereading the old one.
  let unsavedRaw: string | null = null;

  function readRaw(): string | null {
    if (unsavedRaw !== null) return unsavedRaw;
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function getSnapshot(): T {
    const raw = readRaw();
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      cachedValue = parse(raw);
    }
    return cachedValue;
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) listener();
    };
    window.addEventListener("storage", onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener("storage", onStorage);
    };
  }

  function update(change: (current: T) => T): void {
    const raw = JSON.stringify(change(getSnapshot()));
    try {
      window.localStorage.setItem(key, raw);
      unsavedRaw = null;
    } catch {
      unsavedRaw = raw;
    }
    listeners.forEach((listener) => listener());
  }

  return {
    useValue: () => useSyncExternalStore(subscribe, getSnapshot, () => empty),
    update,
  };
}
