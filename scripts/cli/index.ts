// npm run cli -- <command>: ops automation on the same database as npm start.
import { openDatabase } from '../launcher/database';
import { commands, helpText, parseArgs, UsageError } from './commands';

async function main(): Promise<number> {
  const { name, args, flags } = parseArgs(process.argv.slice(2));
  if (!name || name === 'help' || flags.has('help')) {
    console.log(helpText());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${helpText()}`);
    return 2;
  }
  if (command.needsDatabase === false) {
    await command.run({ url: '', args, flags, log: (m) => console.log(m) });
    return 0;
  }
  const database = await openDatabase((m) => console.error(m));
  try {
    await command.run({ url: database.url, args, flags, log: (m) => console.log(m) });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${name}: ${error.message}\nUsage: npm run cli -- ${command.usage}`);
      return 2;
    }
    console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await database.stop();
  }
}

main().then((code) => process.exit(code));
