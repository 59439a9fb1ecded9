#!/usr/bin/env node
// Sync benchmark (not a test): pushes and pulls N events (100,000 by default) between a
// client and pouchdb-server on loopback, once with CertDesk (certdeskctl sync) and once with
// PouchDB's own replicator, moving the same documents to and from the same server. Prints
// both rates and their ratio. The target: CertDesk at least as fast as PouchDB.
//
//   node bench/sync/bench.js --certdeskctl build/certdeskctl [--events 100000] [--disk]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const http = require('http');
const crypto = require('crypto');
const { spawn, spawnSync } = require('child_process');

const repo = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const events = Number(option('--events', '100000'));
const certdeskctl = path.resolve(option('--certdeskctl', path.join(repo, 'build', 'certdeskctl')));
const onDisk = args.includes('--disk');
if (!fs.existsSync(certdeskctl)) {
  console.error(`certdeskctl not found at ${certdeskctl}: build it, or pass --certdeskctl PATH`);
  process.exit(2);
}
const PouchDB = require(path.join(repo, 'node_modules', 'pouchdb'));
const serverBin = path.join(repo, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');

function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function request(port, method, urlPath) {
  return new Promise((resolve) => {
    // A fresh connection each time: spawnSync blocks the event loop past the server's
    // keep-alive timeout, and a pooled socket would be found dead.
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, agent: false }, (res) => {
      let data = '';
      res.on('data', (c) => { data += c; });
      res.on('end', () => resolve({ status: res.statusCode, body: data }));
    });
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end();
  });
}

// The same shape as CertDesk's events (docs/sync.md): one case per 8 events.
function makeEvents(n) {
  const types = ['received', 'result', 'arrived', 'printed', 'issued', 'note'];
  const start = Date.UTC(2026, 2, 2, 5, 0, 0);
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({
      _id: crypto.randomUUID(),
      type: types[i % types.length],
      case_id: `case-${Math.floor(i / 8)}`,
      branch: '0101',
      at: new Date(start + i * 1000).toISOString(),
      by: 'clerk',
      device: 'bench-device',
      v: 1,
      data: { n: i, note: 'benchmark event with a little text to be realistic' },
      prev: '',
    });
  }
  return out;
}

function run(label, argv, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(certdeskctl, argv, { env: { ...process.env, ...env }, encoding: 'utf8',
    maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    console.error(`${label} failed (${r.status}): ${r.stderr}\n${r.stdout.slice(0, 2000)}`);
    process.exit(1);
  }
  return { seconds, out: r.stdout.trim().split('\n').pop() };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certdesk-bench-'));
  const port = await freePort();
  const serverArgs = [serverBin, '--no-stdout-logs', '--host', '127.0.0.1', '--port', String(port),
    '--config', path.join(dir, 'config.json')];
  if (onDisk) serverArgs.push('--dir', path.join(dir, 'server')); else serverArgs.push('--in-memory');
  if (onDisk) fs.mkdirSync(path.join(dir, 'server'));
  const server = spawn(process.execPath, serverArgs, { cwd: dir, stdio: 'ignore' });
  const stopServer = () => { try { process.kill(server.pid, 'SIGTERM'); } catch (e) { /* gone */ } };
  process.on('exit', stopServer);
  for (let i = 0; ; i++) {
    if ((await request(port, 'GET', '/')).status === 200) break;
    if (i > 600) throw new Error('pouchdb-server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = `http://127.0.0.1:${port}`;
  console.log(`pouchdb-server ${onDisk ? 'on disk' : 'in memory'} at ${url}; ${events} events; work folder ${dir}`);

  const docs = makeEvents(events);
  const jsonl = path.join(dir, 'events.jsonl');
  fs.writeFileSync(jsonl, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');

  // CertDesk: import into a branch file (queued for sending; not timed), push, then pull
  // into a fresh file.
  const env = { CERTDESK_SYNC_PASSWORD: '' };
  const pushDb = path.join(dir, 'push.db');
  const imp = spawnSync(certdeskctl, ['--db', pushDb, 'events', 'import'],
    { input: fs.readFileSync(jsonl), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (imp.status !== 0) { console.error(imp.stderr); process.exit(1); }
  const made = await request(port, 'PUT', '/bench_certdesk');
  if (made.status !== 201) throw new Error('creating bench_certdesk failed: ' + made.body);
  const common = ['sync', '--once', '--server', url, '--remote-db', 'bench_certdesk'];
  const cPush = run('certdesk push', ['--db', pushDb, ...common, '--push-only'], env);
  const cPull = run('certdesk pull', ['--db', path.join(dir, 'pull.db'), ...common, '--pull-only'], env);
  const pushed = JSON.parse(cPush.out).pushed;
  const pulled = JSON.parse(cPull.out).pulled;
  if (pushed !== events || pulled !== events) {
    console.error(`CertDesk moved ${pushed} up and ${pulled} down instead of ${events}`);
    process.exit(1);
  }

  // PouchDB: the same documents in a local database on disk (not timed), replicated to the
  // server, then from the server into a fresh local database.
  const local = new PouchDB(path.join(dir, 'pouch-push'));
  for (let i = 0; i < docs.length; i += 5000) await local.bulkDocs(docs.slice(i, i + 5000));
  const made2 = await request(port, 'PUT', '/bench_pouchdb');
  if (made2.status !== 201) throw new Error('creating bench_pouchdb failed: ' + made2.body);
  let t0 = process.hrtime.bigint();
  const up = await PouchDB.replicate(local, `${url}/bench_pouchdb`);
  const pPush = Number(process.hrtime.bigint() - t0) / 1e9;
  const fresh = new PouchDB(path.join(dir, 'pouch-pull'));
  t0 = process.hrtime.bigint();
  const down = await PouchDB.replicate(`${url}/bench_pouchdb`, fresh);
  const pPull = Number(process.hrtime.bigint() - t0) / 1e9;
  if (up.docs_written !== events || down.docs_written !== events) {
    console.error(`PouchDB moved ${up.docs_written} up and ${down.docs_written} down instead of ${events}`);
    process.exit(1);
  }
  await local.close();
  await fresh.close();

  const rate = (n, s) => Math.round(n / s);
  const rows = [
    ['push', rate(events, cPush.seconds), rate(events, pPush)],
    ['pull', rate(events, cPull.seconds), rate(events, pPull)],
  ];
  console.log('\n| direction | CertDesk events/s | PouchDB events/s | CertDesk ÷ PouchDB |');
  console.log('|---|---:|---:|---:|');
  for (const [what, c, p] of rows) console.log(`| ${what} | ${c} | ${p} | ${(c / p).toFixed(2)} |`);
  console.log(`\nCertDesk: push ${cPush.seconds.toFixed(1)} s, pull ${cPull.seconds.toFixed(1)} s ` +
              `(certdeskctl process start and database open included)`);
  console.log(`PouchDB:  push ${pPush.toFixed(1)} s, pull ${pPull.toFixed(1)} s`);
  const slower = rows.filter(([, c, p]) => c < p).map(([w]) => w);
  console.log(slower.length ? `target missed: CertDesk is slower at ${slower.join(' and ')}`
                            : 'target met: CertDesk is at least as fast as PouchDB both ways');
  stopServer();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => { console.error(e); process.exit(1); });
