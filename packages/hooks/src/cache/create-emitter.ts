/** Listeners and the function that calls them; `subscribe` follows the `useSyncExternalStore` contract. */
export function createEmitter(): [subscribe: (listener: () => void) => () => void, emit: () => void] {
  const listeners = new Set<() => void>();
  return [
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => listeners.forEach((listener) => listener()),
  ];
}
