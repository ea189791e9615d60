#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step, so
// `npm install && npm start` is all a fresh clone needs.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
