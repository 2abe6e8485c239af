/// <reference types="vite/client" />
/** Vite client types for the draft workspace: CSS imports and worker URLs. */
export {};
