#!/usr/bin/env node
/**
 * The `shoal` command (package.json "bin"): runs the CLI's TypeScript source
 * through tsx's loader, registered here so neither a build step nor a global tsx
 * is needed. tsx is resolved from this package, whatever the working directory.
 */
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
