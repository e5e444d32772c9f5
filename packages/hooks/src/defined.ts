/**
 * `T` with every option filled in: required, and never `undefined`. Options are typed `?: X | undefined`, so that a
 * wrapper can pass its own optional props through under `exactOptionalPropertyTypes` (an explicit `undefined` means
 * the default); `Required` would keep that `undefined`.
 */
export type Defined<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
