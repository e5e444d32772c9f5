'use client';
import { useCallback, useEffect, useRef } from 'react';

/** A stable getter of the latest `value`, so long-lived objects read current props without being recreated. */
export function useLatest<T>(value: T): () => T {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return useCallback(() => ref.current, []);
}
