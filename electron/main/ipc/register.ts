/**
 * Registers every API method with `ipcMain.handle` through one wrapper that
 * checks the sender frame and validates the argument, and always answers with
 * an ApiEnvelope (nothing ever throws across IPC). This is the only place that
 * touches `ipcMain`.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels, type ApiMethod, type PrecedentApi } from '../../../shared/api/contract';
import { errorEnvelope, invokeApi } from '../api/envelope';
import { isTrustedUrl, type RendererOrigin } from './trusted-sender';

/** Registers the handlers; returns a function that removes them. */
export function registerApi(api: PrecedentApi, origin: RendererOrigin, log: (error: unknown) => void = console.error): () => void {
  const methods = Object.keys(channels) as ApiMethod[];
  for (const method of methods) {
    ipcMain.handle(channels[method], async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const url = event.senderFrame?.url;
      if (!isTrustedUrl(url, origin)) {
        return errorEnvelope('untrusted-sender', '拒绝来自未知页面的请求', `request refused: untrusted sender ${url ?? '(none)'}`);
      }
      if (args.length > 1) {
        return errorEnvelope(
          'bad-argument',
          `参数无效(${method}):只接受一个参数`,
          `invalid argument (${method}): takes at most one argument`,
        );
      }
      return invokeApi(api, method, args[0], log);
    });
  }
  return () => methods.forEach((method) => ipcMain.removeHandler(channels[method]));
}
