/**
 * The packaging configuration (electron-builder.json) says what it must:
 * installers cannot be built here (no network), so this checks the file
 * itself against electron-builder's own schema and reads its fuses through
 * electron-builder's own mapping onto @electron/fuses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = JSON.parse(readFileSync(join(process.cwd(), 'electron-builder.json'), 'utf-8'));
const targets = (platform: 'win' | 'linux') =>
  (config[platform].target as { target: string; arch: string[] }[]).flatMap((t) => t.arch.map((arch) => `${t.target}:${arch}`)).sort();

describe('the packaging configuration', () => {
  it('is valid for the installed electron-builder', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, electronFuses: { runAsNod: false } }, { isEnabled: false, add: () => undefined }),
    ).rejects.toThrow(/electronFuses/);
  });

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or --inspect; the app only from an integrity-checked asar', () => {
    const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> };
    // electron-builder names each fuse after @electron/fuses' option with a lower-case first letter
    const fuses = new Map(
      Object.entries(config.electronFuses as Record<string, boolean>).map(([key, on]) => [key[0].toUpperCase() + key.slice(1), on]),
    );
    for (const name of fuses.keys()) expect(FuseV1Options, name).toHaveProperty(name);
    expect(fuses.get('RunAsNode')).toBe(false);
    expect(fuses.get('EnableNodeOptionsEnvironmentVariable')).toBe(false);
    expect(fuses.get('EnableNodeCliInspectArguments')).toBe(false);
    expect(fuses.get('OnlyLoadAppFromAsar')).toBe(true);
    expect(fuses.get('EnableEmbeddedAsarIntegrityValidation')).toBe(true);
    expect(config.asar).toBe(true);
  });

  it('builds NSIS for Windows and deb + AppImage for Linux on x64 and arm64 (统信UOS/麒麟 laptops)', () => {
    expect(targets('win')).toEqual(['nsis:x64']);
    expect(targets('linux')).toEqual(['AppImage:arm64', 'AppImage:x64', 'deb:arm64', 'deb:x64']);
  });

  it('packs the built app and ships the seeds where the packaged app looks for them', () => {
    expect(config.files).toContain('out/**/*');
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'seeds', to: 'seeds' }));
    const main = readFileSync(join(process.cwd(), 'electron/main/index.ts'), 'utf-8');
    expect(main).toMatch(/join\(process\.resourcesPath, 'seeds'\)/);
  });

  it('has an npm run dist script that builds and then packages with this file', () => {
    const scripts = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf-8')).scripts;
    expect(scripts.dist).toMatch(/npm run build && electron-builder --config electron-builder\.json/);
  });
});
