/**
 * The Chinese application menu: 文件 (导入…, 导出对照表…, 打印…), 编辑, 视图
 * (缩放; 开发者工具 only in development) and 帮助. Commands the renderer must carry out are sent to it as
 * menu-command events through the preload's `window.apiEvents`.
 */
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { eventChannels, type MenuCommand } from '../../shared/api/contract';

/** What the menu needs from the app. */
export interface MenuActions {
  importFiles(win: BrowserWindow): Promise<void>;
  printToPdf(win: BrowserWindow): Promise<void>;
}

/** Sends a menu command to the renderer. */
export function sendMenuCommand(win: BrowserWindow, command: MenuCommand): void {
  win.webContents.send(eventChannels.menuCommand, command);
}

/** Builds and installs the application menu for a window; 开发者工具 only with the development switch. */
export function installMenu(win: BrowserWindow, actions: MenuActions, options: { readonly development?: boolean } = {}): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        { label: '导入…', accelerator: 'CmdOrCtrl+O', click: () => void actions.importFiles(win) },
        { label: '导出对照表…', accelerator: 'CmdOrCtrl+E', click: () => sendMenuCommand(win, { kind: 'export' }) },
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: () => void actions.printToPdf(win) },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
        ...(options.development === true && !app.isPackaged ? [{ label: '开发者工具', role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: '帮助',
      submenu: [
        {
          label: '关于 Precedent',
          click: () =>
            void dialog.showMessageBox(win, {
              type: 'info',
              title: '关于 Precedent',
              message: `Precedent ${app.getVersion()}`,
              detail:
                '离线比对政策文件的措施条款。所有数据只保存在本机。\nOffline, measure-by-measure comparison of policy documents. All data stays on this computer.',
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
