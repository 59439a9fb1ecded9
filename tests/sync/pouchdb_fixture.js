#!/usr/bin/env node
// CTest fixture for the sync tests: starts pouchdb-server (pinned in package.json) on a free
// 127.0.0.1 port in a temporary folder, with a server administrator, and writes what the
// tests need to a state file; "stop" ends it by its PID and removes the folder.
//   node pouchdb_fixture.js start STATE_FILE
//   node pouchdb_fixture.js stop STATE_FILE
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { freePort } = require('./free_port');
const http = require('http');
const { spawn } = require('child_process');

const [, , command, stateFile] = process.argv;
const repo = path.resolve(__dirname, '..', '..');
const serverBin = path.join(repo, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');
const admin = { name: 'admin', password: 'fixture-admin-password' };

function request(port, method, urlPath, body) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath,
      headers: { 'Content-Type': 'application/json' } }, (res) => {
      let data = '';
      res.on('data', (c) => { data += c; });
      res.on('end', () => resolve({ status: res.statusCode, body: data }));
    });
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.setTimeout(5000, () => req.destroy());
    if (body !== undefined) req.write(body);
    req.end();
  });
}

// A run that was interrupted before its cleanup left its server behind: end that one (only
// if the PID still is that pouchdb-server) instead of piling up servers across runs.
function stopLeftover() {
  if (!fs.existsSync(stateFile)) return;
  let state;
  try { state = JSON.parse(fs.readFileSync(stateFile, 'utf8')); } catch (e) { return; }
  if (!state.pid || !state.dir) return;
  let cmdline = '';
  try { cmdline = fs.readFileSync(`/proc/${state.pid}/cmdline`, 'utf8'); } catch (e) { /* gone */ }
  if (cmdline.includes('pouchdb-server') && cmdline.includes(state.dir)) {
    try { process.kill(state.pid, 'SIGTERM'); } catch (e) { /* gone */ }
  }
  fs.rmSync(state.dir, { recursive: true, force: true });
}

async function start() {
  stopLeftover();
  if (process.env.CERTDESK_SYNC_SERVER) {
    // The tests run against an external server (a real CouchDB, docs/sync.md "Tests").
    fs.writeFileSync(stateFile, JSON.stringify({ external: true }));
    console.log('CERTDESK_SYNC_SERVER is set: the sync tests use that server');
    return;
  }
  if (!fs.existsSync(serverBin)) {
    fs.writeFileSync(stateFile, JSON.stringify({ missing:
      'node_modules is absent: run "npm ci --ignore-scripts" at the repository root' }));
    console.log('pouchdb-server is not installed; the sync tests will fail');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certdesk-pouchdb-'));
  const port = await freePort();
  const log = fs.openSync(path.join(dir, 'server.log'), 'a');
  // Its working folder is the temporary one: --in-memory still writes config.json and
  // log.txt there.
  const child = spawn(process.execPath, [serverBin, '--in-memory', '--no-stdout-logs',
    '--host', '127.0.0.1', '--port', String(port), '--config', path.join(dir, 'config.json')],
  { cwd: dir, detached: true, stdio: ['ignore', log, log] });
  child.unref();
  const deadline = Date.now() + 60000;
  for (;;) {
    const r = await request(port, 'GET', '/');
    if (r.status === 200) break;
    if (Date.now() > deadline) {
      try { process.kill(child.pid, 'SIGKILL'); } catch (e) { /* already gone */ }
      throw new Error('pouchdb-server did not answer within 60 s; see ' + dir);
    }
    await new Promise((r2) => setTimeout(r2, 100));
  }
  const set = await request(port, 'PUT', '/_config/admins/' + admin.name,
    JSON.stringify(admin.password));
  if (set.status !== 200) throw new Error('setting the administrator failed: ' + set.body);
  fs.writeFileSync(stateFile, JSON.stringify({ port, pid: child.pid, dir,
    admin: admin.name, password: admin.password }));
  console.log(`pouchdb-server pid ${child.pid} on 127.0.0.1:${port} in ${dir}`);
}

function stop() {
  if (!fs.existsSync(stateFile)) return;
  const state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
  fs.unlinkSync(stateFile);
  if (!state.pid) return;
  try { process.kill(state.pid, 'SIGTERM'); } catch (e) { /* already gone */ }
  const deadline = Date.now() + 10000;
  const waitGone = () => {
    let alive = true;
    try { process.kill(state.pid, 0); } catch (e) { alive = false; }
    if (alive && Date.now() < deadline) { setTimeout(waitGone, 100); return; }
    if (alive) { try { process.kill(state.pid, 'SIGKILL'); } catch (e) { /* gone */ } }
    fs.rmSync(state.dir, { recursive: true, force: true });
    console.log(`pouchdb-server pid ${state.pid} stopped`);
  };
  waitGone();
}

if (command === 'start' && stateFile) {
  start().catch((e) => { console.error(String(e)); process.exit(1); });
} else if (command === 'stop' && stateFile) {
  stop();
} else {
  console.error('usage: pouchdb_fixture.js start|stop STATE_FILE');
  process.exit(2);
}
