// A CouchDB-protocol stand-in for tests ONLY: express-pouchdb in full CouchDB mode on 127.0.0.1, with its
// data in a temporary folder. express-pouchdb is unmaintained: never ship it or use it as a mission server.
// Usage: node stand-in-server.cjs <folder> <admin name> <admin password> [port]
// Prints one JSON line {"port": n} on stdout when it listens; stops on SIGTERM.
'use strict'
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script for Node: express-pouchdb and PouchDB are CommonJS */
const fs = require('node:fs')
const http = require('node:http')
const Module = require('node:module')
const path = require('node:path')

// pouchdb-validation (used by express-pouchdb for validate_doc_update) overwrites the incoming document's
// `_revisions` with the stored one's before validating: a replicated revision written by a non-admin
// (`new_edits: false`) then lands as the old revision and is silently dropped. CouchDB has no such bug;
// the stand-in gets the one-line fix (validate a copy) before express-pouchdb loads the module.
const validationPath = require.resolve('pouchdb-validation', { paths: [path.dirname(require.resolve('express-pouchdb'))] })
const validationSource = fs.readFileSync(validationPath, 'utf8')
const BUG = 'newDoc._revisions = (oldDoc || {})._revisions;'
if (!validationSource.includes(BUG)) throw new Error('pouchdb-validation changed: check the stand-in fix')
const fixed = new Module(validationPath, module)
fixed.filename = validationPath
fixed.paths = Module._nodeModulePaths(path.dirname(validationPath))
fixed._compile(validationSource.replace(BUG, 'newDoc = Object.assign({}, newDoc, { _revisions: (oldDoc || {})._revisions });'), validationPath)
fixed.loaded = true
require.cache[validationPath] = fixed

const PouchDB = require('pouchdb')
const expressPouchDB = require('express-pouchdb')

const [folder, adminName, adminPassword, wantedPort] = process.argv.slice(2)
if (!folder || !adminName || !adminPassword) {
  console.error('usage: stand-in-server.cjs <folder> <admin name> <admin password> [port]')
  process.exit(2)
}

const Local = PouchDB.defaults({ prefix: folder + path.sep })
const app = expressPouchDB(Local, {
  mode: 'fullCouchDB',
  configPath: path.join(folder, 'config.json'),
  logPath: path.join(folder, 'log.txt'),
  // No Fauxton, no replicator daemon: the tests never use them.
  overrideMode: { exclude: ['routes/fauxton', 'routes/replicate', 'replicator'] }
})
app.couchConfig.set('admins', adminName, adminPassword, () => undefined)
// CouchDB keeps its cookie secret across restarts (local.ini): so does the stand-in, in its folder.
const secretFile = path.join(folder, 'cookie-secret.txt')
if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, require('node:crypto').randomBytes(16).toString('hex'))
app.couchConfig.set('couch_httpd_auth', 'secret', fs.readFileSync(secretFile, 'utf8'), () => undefined)
app.couchConfig.set('log', 'level', 'error', () => undefined)

// CORS as a CouchDB with [cors] origins = * and credentials = true answers: the request's origin echoed.
function cors(req, res) {
  const origin = req.headers.origin
  if (!origin) return false
  res.setHeader('Access-Control-Allow-Origin', origin)
  res.setHeader('Access-Control-Allow-Credentials', 'true')
  res.setHeader('Vary', 'Origin')
  res.setHeader('Access-Control-Expose-Headers', 'content-type, cache-control, accept-ranges, etag, server, x-couch-request-id, x-couch-update-newrev, x-couchdb-body-time')
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE')
    res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] || 'accept, authorization, content-type, origin, referer')
    res.setHeader('Access-Control-Max-Age', '600')
    res.statusCode = 204
    res.end()
    return true
  }
  return false
}

const server = http.createServer((req, res) => {
  if (cors(req, res)) return
  app(req, res)
})
server.listen(Number(wantedPort || 0), '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n')
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
