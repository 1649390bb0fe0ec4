/**
 * The layering rule of eslint.config.js (the LAYERS table) refuses what docs/architecture.md
 * says a folder may not import, and lets through what it may.
 */
import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
// @ts-expect-error -- the lint configuration is plain JavaScript without type declarations
import { layersRule } from '../eslint.config.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = path.resolve(import.meta.dirname, '..');
const at = (file: string, code: string) => ({ filename: path.join(root, file), code });
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('layers', layersRule, {
  valid: [
    at('shared/export/buildDocument.ts', "import { catalogSection } from '../sections';"),
    at('shared/export/x.ts', "import { z } from 'zod';"),
    at('shared/guidance/productText.test.ts', "import { readdirSync } from 'node:fs';"),
    at('renderer/features/pause/PauseControl.tsx', "import { matchesShortcut } from '../../shortcuts';"),
    at('renderer/features/x.tsx', "import { useState } from 'react';\nimport { call } from '../bridge';"),
    at('renderer/app/App.tsx', "import { sectionsFor } from '../features/sections';"),
    at(
      'electron/core/handlers.ts',
      "import { readFile } from 'node:fs/promises';\nimport { contract } from '../../shared/ipc/contract';",
    ),
    at('electron/cli/main.ts', "import { createAppServices } from '../core/services';"),
    at('electron/main/index.ts', "import { app } from 'electron';\nimport { createAppServices } from '../core/services';"),
    at(
      'electron/preload/index.ts',
      "import { contextBridge } from 'electron';\nimport { CHANNELS } from '../../shared/ipc/channels';",
    ),
    at('electron/core/handlers.fuzz.test.ts', "import { BAD } from '../../tests/e2e/securitySentinels';"),
    at('tests/e2e/harness.ts', "import { dispatch } from '../../electron/core/handlers';"),
  ],
  invalid: [
    {
      ...at('shared/x.ts', "import { call } from '../renderer/bridge';"),
      errors: [{ message: /^shared\/x\.ts may not import renderer\/bridge\. shared\/ is pure TypeScript/ }],
    },
    { ...at('shared/x.ts', "import fs from 'node:fs';"), errors: [{ message: /may not use Node's "node:fs"/ }] },
    { ...at('shared/x.ts', "import React from 'react';"), errors: [{ message: /may not import "react"/ }] },
    {
      ...at('renderer/features/x.tsx', "import { App } from '../app/App';"),
      errors: [{ message: /may not import renderer\/app\/App\. .*never imports the app shell/ }],
    },
    { ...at('renderer/ui/x.tsx', "import { readFile } from 'fs/promises';"), errors: [{ message: /may not use Node's/ }] },
    {
      ...at('renderer/x.ts', "export { x } from '../electron/core/errors';"),
      errors: [{ message: /may not import electron\/core/ }],
    },
    { ...at('electron/core/x.ts', "import { app } from 'electron';"), errors: [{ message: /no Electron/ }] },
    {
      ...at('electron/core/x.ts', "import { w } from '../main/window';"),
      errors: [{ message: /may not import electron\/main\/window/ }],
    },
    {
      ...at('electron/cli/x.ts', "const m = await import('../main/index');"),
      errors: [{ message: /may not import electron\/main/ }],
    },
    { ...at('electron/main/x.test.ts', "import { app } from 'electron';"), errors: [{ message: /may not import "electron"/ }] },
    { ...at('electron/preload/x.ts', "import { readFile } from 'node:fs';"), errors: [{ message: /sandboxed/ }] },
    { ...at('tests/e2e/x.ts', "import { App } from '../../renderer/app/App';"), errors: [{ message: /no renderer source/ }] },
  ],
});
