#!/usr/bin/env node
// Sync benchmark (not a test). In one run, on one server, it moves the same N events up and
// down three ways and prints their rates side by side:
//   limit     a plain client: the documents, already serialized, posted to _bulk_docs in
//             batches of --batch, one request after the other, and _changes read back in pages
//             of --batch (include_docs, seq_interval as CertDesk asks, parsed) — what the
//             server itself can do;
//   CertDesk  certdeskctl sync --once --push-only from an imported file, then --pull-only into
//             a fresh file (process start, database open and synchronous=FULL included);
//   PouchDB   PouchDB's replicator (pinned in package.json), on-disk LevelDB, default batches.
// Every database gets the validate function and _security of "certdeskctl sync init"; the
// limit and CertDesk push as a workstation account, PouchDB as the administrator (its
// replicator sends revisions, which the function accepts from an administrator only).
// Targets: CertDesk ≥ 0.8 of the limit both ways, and ≥ 2× PouchDB.
// --rounds N (default 3) moves the events N times with the limit and CertDesk, each round on
// fresh databases, the first to go alternating, and compares the medians (PouchDB: once).
//
//   node bench/sync/bench.js [--certdeskctl build/certdeskctl] [--events 100000]
//        [--batch 1000] [--server http://admin:PASSWORD@127.0.0.1:5984] [--disk]
//        [--baseline OTHER/certdeskctl] [--rounds 3]
// Without --server it starts its own pouchdb-server on loopback (in memory; --disk: on disk).
// --baseline moves the same events with another build as well (e.g. main's, before a change),
// in the same run on the same server, and prints its rates beside.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const http = require('http');
const crypto = require('crypto');
const { spawn, spawnSync, execSync } = require('child_process');

const repo = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const events = Number(option('--events', '100000'));
const batch = Number(option('--batch', '1000'));
const certdeskctl = path.resolve(option('--certdeskctl', path.join(repo, 'build', 'certdeskctl')));
const external = option('--server', '');
const onDisk = args.includes('--disk');
const rounds = Number(option('--rounds', '3'));
const baseline = option('--baseline', '') ? path.resolve(option('--baseline', '')) : '';
for (const binary of [certdeskctl, baseline].filter((b) => b)) {
  if (!fs.existsSync(binary)) {
    console.error(`certdeskctl not found at ${binary}: build it, or pass --certdeskctl PATH`);
    process.exit(2);
  }
}
const PouchDB = require(path.join(repo, 'node_modules', 'pouchdb'));
const serverBin = path.join(repo, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');
const account = { name: 'bench-ws', password: 'bench-ws-password' };

function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

let server; // { url, host, port, admin, password }

function request(method, urlPath, body, { cookie, admin } = {}) {
  return new Promise((resolve) => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (cookie) headers.Cookie = cookie;
    else if (admin) {
      headers.Authorization = 'Basic ' + Buffer.from(`${server.admin}:${server.password}`).toString('base64');
    }
    // A fresh connection each time: spawnSync blocks the event loop past the server's
    // keep-alive timeout, and a pooled socket would be found dead.
    const req = http.request({ host: server.host, port: server.port, method, path: urlPath, headers,
      agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'),
        headers: res.headers }));
    });
    req.on('error', (e) => resolve({ status: 0, body: String(e) }));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

async function signIn() {
  const r = await request('POST', '/_session', JSON.stringify(account));
  if (r.status !== 200) throw new Error('signing in as the workstation failed: ' + r.body);
  return r.headers['set-cookie'][0].split(';')[0];
}

// The same shape as CertDesk's events (docs/sync.md): one case per 8 events, by a member.
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

function ctl(label, argv, env, input, binary = certdeskctl) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(binary, argv, { env: { ...process.env, ...env }, encoding: 'utf8',
    input, maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    console.error(`${label} failed (${r.status}): ${r.stderr}\n${(r.stdout || '').slice(0, 2000)}`);
    process.exit(1);
  }
  return { seconds, out: r.stdout.trim().split('\n').pop() };
}

// A branch database as "certdeskctl sync init" makes it, with the workstation account.
function initDatabase(db) {
  const env = { CERTDESK_ADMIN_USER: server.admin, CERTDESK_ADMIN_PASSWORD: server.password,
    CERTDESK_ACCOUNT_PASSWORD: account.password };
  ctl(`sync init ${db}`, ['sync', 'init', '--server', server.url, '--db', db, '--role', 'bench',
    '--members', 'clerk'], env);
  ctl(`sync account ${db}`, ['sync', 'account', '--server', server.url, '--db', db, '--name',
    account.name, '--workstation'], env);
  // sync account gives the role of the database's name; the bench databases share "bench".
  return request('GET', `/_users/org.couchdb.user:${account.name}`, undefined, { admin: true })
    .then((r) => {
      const doc = JSON.parse(r.body);
      if (!doc.roles.includes('bench')) doc.roles.push('bench');
      return request('PUT', `/_users/org.couchdb.user:${account.name}`, JSON.stringify(doc),
        { admin: true });
    });
}

async function plainPush(db, docs) {
  const cookie = await signIn();
  const bodies = [];
  for (let i = 0; i < docs.length; i += batch) bodies.push(JSON.stringify({ docs: docs.slice(i, i + batch) }));
  const t0 = process.hrtime.bigint();
  for (const body of bodies) {
    const r = await request('POST', `/${db}/_bulk_docs`, body, { cookie });
    if (r.status !== 201 && r.status !== 200) throw new Error('plain push failed: ' + r.body.slice(0, 300));
    const refused = JSON.parse(r.body).filter((x) => !x.ok);
    if (refused.length) throw new Error('plain push refused: ' + JSON.stringify(refused[0]));
  }
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

async function plainPull(db) {
  const cookie = await signIn();
  let since = '0';
  let read = 0;
  const t0 = process.hrtime.bigint();
  for (;;) {
    // The same pages CertDesk asks for (docs/sync.md, "Pull"): the sequence of the last row
    // of a page alone (seq_interval), which spares the server work on every other row.
    const r = await request('GET', `/${db}/_changes?since=${encodeURIComponent(since)}` +
      `&include_docs=true&limit=${batch}&seq_interval=${batch}`, undefined, { cookie });
    if (r.status !== 200) throw new Error('plain pull failed: ' + r.body.slice(0, 300));
    const page = JSON.parse(r.body);
    read += page.results.filter((row) => !row.id.startsWith('_design/')).length;
    since = typeof page.last_seq === 'string' ? page.last_seq : String(page.last_seq);
    if (page.results.length < batch) break;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (read !== events) throw new Error(`the plain reader read ${read} events instead of ${events}`);
  return seconds;
}

function machine() {
  const cpus = os.cpus();
  let commit = '';
  try { commit = execSync('git rev-parse --short HEAD', { cwd: repo, encoding: 'utf8' }).trim(); } catch (e) { /* none */ }
  return { cpu: `${cpus.length} × ${cpus[0].model.trim()}`, load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', commit };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certdesk-bench-'));
  let stopServer = () => {};
  if (external) {
    const u = new URL(external);
    server = { url: `${u.protocol}//${u.host}`, host: u.hostname, port: Number(u.port || 80),
      admin: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
  } else {
    const port = await freePort();
    server = { url: `http://127.0.0.1:${port}`, host: '127.0.0.1', port, admin: 'admin',
      password: 'bench-admin-password' };
    const serverArgs = [serverBin, '--no-stdout-logs', '--host', '127.0.0.1', '--port', String(port),
      '--config', path.join(dir, 'config.json')];
    if (onDisk) serverArgs.push('--dir', path.join(dir, 'server')); else serverArgs.push('--in-memory');
    if (onDisk) fs.mkdirSync(path.join(dir, 'server'));
    const child = spawn(process.execPath, serverArgs, { cwd: dir, stdio: 'ignore' });
    stopServer = () => { try { process.kill(child.pid, 'SIGTERM'); } catch (e) { /* gone */ } };
    process.on('exit', stopServer);
    for (let i = 0; ; i++) {
      if ((await request('GET', '/')).status === 200) break;
      if (i > 600) throw new Error('pouchdb-server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const set = await request('PUT', `/_config/admins/${server.admin}`, JSON.stringify(server.password));
    if (set.status !== 200) throw new Error('setting the administrator failed: ' + set.body);
  }
  const version = JSON.parse((await request('GET', '/')).body);
  const what = version.couchdb === 'Welcome' && version.version
    ? `CouchDB ${version.version}` : `pouchdb-server${onDisk ? ' on disk' : ' in memory'}`;
  console.log(`${what} at ${server.url}; ${events} events, batches of ${batch}; work folder ${dir}`);

  const dbs = { plain: 'bench_plain', certdesk: 'bench_certdesk', pouchdb: 'bench_pouchdb' };
  if (baseline) dbs.baseline = 'bench_baseline';
  const docs = makeEvents(events);

  // CertDesk: import into a branch file (queued for sending; not timed), push, then pull
  // into a fresh file (and the same with the baseline build, into its own database).
  const env = { CERTDESK_SYNC_PASSWORD: account.password };
  const moveWith = (binary, db, label, round, pullFirst) => {
    const file = path.join(dir, `${label}-${round}-push.db`);
    ctl('events import', ['--db', file, 'events', 'import'], {},
      docs.map((d) => JSON.stringify(d)).join('\n') + '\n', binary);
    const args2 = ['sync', '--once', '--server', server.url, '--remote-db', db, '--user', account.name];
    const up = ctl(`${label} push`, ['--db', file, ...args2, '--push-only'], env, undefined, binary);
    const down = ctl(`${label} pull`, ['--db', path.join(dir, `${label}-${round}-pull.db`), ...args2,
      '--pull-only'], env, undefined, binary);
    const pushed = JSON.parse(up.out).pushed;
    const pulled = JSON.parse(down.out).pulled;
    if (pushed !== events || pulled !== events) {
      console.error(`${label} moved ${pushed} up and ${pulled} down instead of ${events}`);
      process.exit(1);
    }
    return { up: up.seconds, down: down.seconds };
  };

  // Rounds: every round starts from fresh databases and moves the events each way once with
  // each client; who goes first alternates, so neither always meets the server just after
  // the other's writes (CouchDB compacts and flushes behind them). Medians are compared.
  const timed = { limitPush: [], limitPull: [], cPush: [], cPull: [], bPush: [], bPull: [] };
  await request('DELETE', `/${dbs.pouchdb}`, undefined, { admin: true });
  await initDatabase(dbs.pouchdb);
  for (let round = 1; round <= rounds; round++) {
    for (const db of Object.values(dbs).filter((d) => d !== dbs.pouchdb)) {
      await request('DELETE', `/${db}`, undefined, { admin: true });
      await initDatabase(db);
    }
    const plainFirst = round % 2 === 1;
    const plain = async () => {
      timed.limitPush.push(await plainPush(dbs.plain, docs));
      timed.limitPull.push(await plainPull(dbs.plain));
    };
    const ours = () => {
      if (baseline) {
        const b = moveWith(baseline, dbs.baseline, 'baseline', round);
        timed.bPush.push(b.up);
        timed.bPull.push(b.down);
      }
      const c = moveWith(certdeskctl, dbs.certdesk, 'certdesk', round);
      timed.cPush.push(c.up);
      timed.cPull.push(c.down);
    };
    if (plainFirst) { await plain(); ours(); } else { ours(); await plain(); }
    const i = round - 1;
    console.log(`round ${round}: limit push ${timed.limitPush[i].toFixed(1)} s, pull ` +
      `${timed.limitPull[i].toFixed(1)} s; CertDesk push ${timed.cPush[i].toFixed(1)} s, ` +
      `pull ${timed.cPull[i].toFixed(1)} s; CertDesk ÷ limit: push ` +
      `${(timed.limitPush[i] / timed.cPush[i]).toFixed(2)}, pull ${(timed.limitPull[i] / timed.cPull[i]).toFixed(2)}`);
  }
  const median = (xs) => { const v = [...xs].sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
  const limitPush = median(timed.limitPush);
  const limitPull = median(timed.limitPull);
  const cPush = { seconds: median(timed.cPush) };
  const cPull = { seconds: median(timed.cPull) };
  const before = baseline ? { up: { seconds: median(timed.bPush) }, down: { seconds: median(timed.bPull) } } : null;

  // PouchDB: the same documents in a local database on disk (not timed), replicated to the
  // server, then from the server into a fresh local database.
  const local = new PouchDB(path.join(dir, 'pouch-push'));
  for (let i = 0; i < docs.length; i += 5000) await local.bulkDocs(docs.slice(i, i + 5000));
  const remote = `${server.url.replace('://', `://${encodeURIComponent(server.admin)}:${encodeURIComponent(server.password)}@`)}/${dbs.pouchdb}`;
  let t0 = process.hrtime.bigint();
  const up = await PouchDB.replicate(local, remote);
  const pPush = Number(process.hrtime.bigint() - t0) / 1e9;
  const fresh = new PouchDB(path.join(dir, 'pouch-pull'));
  t0 = process.hrtime.bigint();
  const down = await PouchDB.replicate(remote, fresh);
  const pPull = Number(process.hrtime.bigint() - t0) / 1e9;
  if (up.docs_written !== events || down.docs_written < events) {
    console.error(`PouchDB moved ${up.docs_written} up and ${down.docs_written} down instead of ${events}`);
    process.exit(1);
  }
  await local.close();
  await fresh.close();

  const rate = (s) => Math.round(events / s);
  const m = machine();
  const rows = [
    ['push', rate(limitPush), rate(cPush.seconds), rate(pPush)],
    ['pull', rate(limitPull), rate(cPull.seconds), rate(pPull)],
  ];
  console.log(`\n${m.date}, commit ${m.commit}, ${m.cpu}, load ${m.load} (1, 5, 15 min), ${what}`);
  console.log('\n| direction | limit: plain client events/s | CertDesk events/s | CertDesk ÷ limit | PouchDB events/s | CertDesk ÷ PouchDB |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [dir2, l, c, p] of rows) {
    console.log(`| ${dir2} | ${l} | ${c} | ${(c / l).toFixed(2)} | ${p} | ${(c / p).toFixed(2)} |`);
  }
  if (before) {
    console.log(`\nbaseline ${baseline}:`);
    console.log('\n| direction | baseline events/s | baseline ÷ limit | this build ÷ baseline |');
    console.log('|---|---:|---:|---:|');
    for (const [dir2, l, c, , s] of [[...rows[0], before.up.seconds], [...rows[1], before.down.seconds]]) {
      console.log(`| ${dir2} | ${rate(s)} | ${(rate(s) / l).toFixed(2)} | ${(c / rate(s)).toFixed(2)} |`);
    }
  }
  console.log(`\nmedians of ${rounds} round(s), seconds: limit push ${limitPush.toFixed(1)}, pull ${limitPull.toFixed(1)}; ` +
              `CertDesk push ${cPush.seconds.toFixed(1)}, pull ${cPull.seconds.toFixed(1)} ` +
              `(process start and database open included); PouchDB push ${pPush.toFixed(1)}, pull ${pPull.toFixed(1)}`);
  const missed = [];
  for (const [dir2, l, c, p] of rows) {
    if (c < 0.8 * l) missed.push(`${dir2} below 0.8 of the limit`);
    if (c < 2 * p) missed.push(`${dir2} below 2× PouchDB`);
  }
  console.log(missed.length ? `targets missed: ${missed.join('; ')}` : 'targets met: ≥ 0.8 of the limit and ≥ 2× PouchDB both ways');
  for (const db of Object.values(dbs)) await request('DELETE', `/${db}`, undefined, { admin: true });
  await request('DELETE', `/_users/org.couchdb.user:${account.name}?rev=` +
    JSON.parse((await request('GET', `/_users/org.couchdb.user:${account.name}`, undefined, { admin: true })).body)._rev,
    undefined, { admin: true });
  stopServer();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => { console.error(e); process.exit(1); });
