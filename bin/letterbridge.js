#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the sources are the program: no build step
// between a checkout and `npx letterbridge`.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
