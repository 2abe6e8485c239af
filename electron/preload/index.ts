/** Preload: placeholder until the desktop shell lands. */
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('api', {});
