/// <reference types="vite/client" />
/** The API the preload (or the e2e bridge) installs on `window`. */
import type { ApiEvents, PrecedentApi } from '../../shared/api/contract';

declare global {
  interface Window {
    readonly api: PrecedentApi;
    readonly apiEvents?: ApiEvents;
  }
}
export {};
