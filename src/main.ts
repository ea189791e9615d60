import { parseArgs } from 'node:util';
import { runCommand, usage, UsageError } from './cli/commands.ts';
import { ConfigError, loadConfig } from './config.ts';
import { RestoreRefused } from './db/backup.ts';
import { DataFolderInUse } from './db/data-folder-lock.ts';
import { ServeRefused } from './cli/serve-command.ts';
import { Invalid } from './platform/errors/app-error.ts';
import { translator } from './platform/i18n/i18n.ts';
import { splitMessage } from './platform/validation/fields.ts';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      demo: { type: 'boolean' },
      slug: { type: 'string' },
      name: { type: 'string' },
      reading: { type: 'string' },
      host: { type: 'string', multiple: true },
      phone: { type: 'string' },
      email: { type: 'string' },
      tenant: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      out: { type: 'string' },
      area: { type: 'string' },
      district: { type: 'string' },
      handbook: { type: 'boolean' },
      large: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'skip-invalid': { type: 'boolean' },
      publish: { type: 'boolean' },
      workers: { type: 'string' },
      'new-secret': { type: 'boolean' },
    },
  });
  const [command = 'help', ...rest] = positionals;
  if (values.help || command === 'help') {
    console.log(usage);
    return 0;
  }
  return runCommand(command, rest, values, loadConfig());
}

const t = translator('ja');

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof ServeRefused || error instanceof RestoreRefused || error instanceof DataFolderInUse) {
      console.error(error.message);
    } else if (error instanceof Invalid) {
      for (const field of error.fields) {
        const { key, params } = splitMessage(field.message);
        console.error(`  ${field.path}: ${t(key, params)}`);
      }
    } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${error.message}\n\n${usage}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
