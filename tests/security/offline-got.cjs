// Preloaded into electronegativity: its `got` (translations download, Electron
// release list) fails at once instead of opening a connection. The scan never
// needs the network; the release-list check is excluded on the command line.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'got') {
    const refuse = () => Promise.reject(new Error('offline: network disabled for electronegativity'));
    return Object.assign(refuse, { head: refuse, get: refuse, default: refuse });
  }
  return load.call(this, request, parent, isMain);
};
