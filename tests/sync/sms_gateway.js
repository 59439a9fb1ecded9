#!/usr/bin/env node
// A test SMS gateway for the notice tests (plain node:http, nothing from npm). It speaks the
// request CertDesk sends (docs/sync.md, "SMS gateway"): POST /sms with HTTP Basic
// authentication and a JSON body {id, to, from, text}; it answers 200 {"message_id": "gw-N"}
// and records what it received. Control endpoints make it fail on demand:
//   GET  /control/received            what it took, in order: [{id, to, from, text, auth}]
//   POST /control/fail {mode, count}  the next count requests (count 0: none from now on):
//                                     mode "503" answers 503, "refuse" closes the connection,
//                                     "hang" never answers
//   POST /control/reset               forgets what it took and any failure still to come
// As a CTest fixture (tests/sync/fixtures.cmake), like pouchdb_fixture.js:
//   node sms_gateway.js start STATE_FILE   starts one on a free 127.0.0.1 port, detached
//   node sms_gateway.js stop STATE_FILE    ends it by its PID
//   node sms_gateway.js serve PORT         the server itself
'use strict';
const fs = require('fs');
const { freePort } = require('./free_port');
const http = require('http');
const { spawn } = require('child_process');

const [, , command, arg] = process.argv;

function serve(port) {
  let received = [];
  let failures = [];
  let hanging = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const reply = (status, value) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'GET' && req.url === '/control/received') return reply(200, received);
      if (req.method === 'POST' && req.url === '/control/reset') {
        received = [];
        failures = [];
        hanging.forEach((r) => r.destroy());
        hanging = [];
        return reply(200, { ok: true });
      }
      if (req.method === 'POST' && req.url === '/control/fail') {
        let order;
        try { order = JSON.parse(body); } catch (e) { return reply(400, { error: 'not JSON' }); }
        failures = [];
        for (let i = 0; i < (order.count || 0); ++i) failures.push(String(order.mode));
        return reply(200, { ok: true, pending: failures.length });
      }
      if (req.method === 'POST' && req.url === '/sms') {
        const mode = failures.shift();
        if (mode === '503') return reply(503, { error: 'gateway busy' });
        if (mode === 'refuse') { req.socket.destroy(); return undefined; }
        if (mode === 'hang') { hanging.push(req.socket); return undefined; }
        let message;
        try { message = JSON.parse(body); } catch (e) { return reply(400, { error: 'not JSON' }); }
        if (!message.to || !message.text) return reply(400, { error: 'to and text are required' });
        const auth = Buffer.from((req.headers.authorization || '').replace(/^Basic /, ''),
          'base64').toString('utf8');
        received.push({ id: message.id, to: message.to, from: message.from,
          text: message.text, auth });
        return reply(200, { message_id: 'gw-' + received.length });
      }
      return reply(404, { error: 'no such endpoint' });
    });
  });
  server.listen(port, '127.0.0.1');
}

function ping(port) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'GET', path: '/control/received' },
      (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
    req.on('error', () => resolve(0));
    req.end();
  });
}

function stopLeftover(stateFile) {
  if (!fs.existsSync(stateFile)) return;
  let state;
  try { state = JSON.parse(fs.readFileSync(stateFile, 'utf8')); } catch (e) { return; }
  let cmdline = '';
  try { cmdline = fs.readFileSync(`/proc/${state.pid}/cmdline`, 'utf8'); } catch (e) { /* gone */ }
  if (state.pid && cmdline.includes('sms_gateway.js')) {
    try { process.kill(state.pid, 'SIGTERM'); } catch (e) { /* gone */ }
  }
  fs.unlinkSync(stateFile);
}

async function start(stateFile) {
  stopLeftover(stateFile);
  const port = await freePort();
  const child = spawn(process.execPath, [__filename, 'serve', String(port)],
    { detached: true, stdio: 'ignore' });
  child.unref();
  const deadline = Date.now() + 30000;
  while ((await ping(port)) !== 200) {
    if (Date.now() > deadline) {
      try { process.kill(child.pid, 'SIGKILL'); } catch (e) { /* gone */ }
      throw new Error('the test SMS gateway did not answer within 30 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  fs.writeFileSync(stateFile, JSON.stringify({ port, pid: child.pid }));
  console.log(`test SMS gateway pid ${child.pid} on 127.0.0.1:${port}`);
}

function stop(stateFile) {
  if (!fs.existsSync(stateFile)) return;
  const state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
  fs.unlinkSync(stateFile);
  try { process.kill(state.pid, 'SIGTERM'); } catch (e) { /* already gone */ }
  console.log(`test SMS gateway pid ${state.pid} stopped`);
}

if (command === 'serve' && arg) {
  serve(Number(arg));
} else if (command === 'start' && arg) {
  start(arg).catch((e) => { console.error(String(e)); process.exit(1); });
} else if (command === 'stop' && arg) {
  stop(arg);
} else {
  console.error('usage: sms_gateway.js start|stop STATE_FILE | serve PORT');
  process.exit(2);
}
