// A free TCP port on 127.0.0.1, for the test fixtures (pouchdb_fixture.js, sms_gateway.js).
'use strict';
const net = require('net');

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

module.exports = { freePort };
