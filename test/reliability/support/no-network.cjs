// Preload (node --require) that records and refuses every way a Node program reaches the network:
// TCP/IPC sockets, DNS look-ups, http(s) requests and fetch. Attempts are appended, one JSON line
// each, to $CONET_NETWORK_LOG; loading writes "loaded" to $CONET_NETWORK_LOG.loaded so a test can
// tell the trap was in place.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');

const log = process.env.CONET_NETWORK_LOG;
if (log) {
  fs.appendFileSync(`${log}.loaded`, `${process.pid}\n`);
  const record = (what, detail) => {
    fs.appendFileSync(log, `${JSON.stringify({ what, detail: String(detail).slice(0, 200), argv: process.argv.slice(2) })}\n`);
    return new Error(`network access refused by the test: ${what}`);
  };
  const trap = (owner, name, label) => {
    const original = owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function (...args) {
      throw record(label, JSON.stringify(args[0] ?? null));
    };
  };
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    // A pipe to a local path (an IPC channel to a parent process) is not the network.
    const target = args[0];
    const path = typeof target === 'object' && target !== null && !Array.isArray(target) ? target.path : typeof target === 'string' && Number.isNaN(Number(target)) ? target : undefined;
    if (path !== undefined) return connect.apply(this, args);
    throw record('net.Socket.connect', JSON.stringify(target ?? null));
  };
  for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) trap(dns, name, `dns.${name}`);
  for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) trap(dns.promises, name, `dns.promises.${name}`);
  for (const [label, module] of [['http', http], ['https', https]]) {
    trap(module, 'request', `${label}.request`);
    trap(module, 'get', `${label}.get`);
  }
  if (typeof globalThis.fetch === 'function') {
    globalThis.fetch = async (input) => {
      throw record('fetch', typeof input === 'string' ? input : (input && input.url) || input);
    };
  }
}
