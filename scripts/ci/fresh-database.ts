// Creates (or drops) a uniquely named database on a server, for CI runs
// against the machine's PostgreSQL. Prints the new database's URL.
import pg from 'pg';

const [action, serverUrl, name] = process.argv.slice(2);
if (!serverUrl || (action !== 'create' && action !== 'drop') || (action === 'drop' && !name)) {
  console.error('usage: fresh-database.ts create <server-url> | drop <server-url> <name>');
  process.exit(2);
}
const client = new pg.Client({ connectionString: serverUrl });
await client.connect();
try {
  if (action === 'create') {
    const database = `cashback_ci_${Date.now().toString(36)}_${process.pid}`;
    await client.query(`create database ${client.escapeIdentifier(database)}`);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    console.log(url.toString());
  } else {
    await client.query(`drop database if exists ${client.escapeIdentifier(name!)} with (force)`);
  }
} finally {
  await client.end();
}
