/**
 * What an administrator's laptop installs on the server when it sets a mission database up: the security
 * object (who may read), and a design document whose `validate_doc_update` makes the server itself refuse
 * writes from readers and malformed documents. Pure text and JSON; the requests are in session.ts.
 */
import { MISSION_KEY_DOC_ID, SHARED_TABLES } from './tables'

/** The role that may read and write the mission database (mission members). */
export function writerRole(database: string): string {
  return `${database}-writer`
}

/** The role that may only read it (for example the desk officers in the capital). */
export function readerRole(database: string): string {
  return `${database}-reader`
}

/** The design document's id. */
export const DESIGN_DOC_ID = '_design/upr-desk'

/**
 * The source of `validate_doc_update`, in ES5 (CouchDB's default JavaScript engine). Administrators of the
 * server or of the database may write anything; the writer role may write well-formed documents; anyone
 * else (the reader role) is refused with a message the app shows as it is.
 */
export function validateDocUpdateSource(database: string): string {
  const tables = JSON.stringify(SHARED_TABLES)
  return `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = (userCtx && userCtx.roles) || [];
  var has = function (list, value) { return list && list.indexOf(value) !== -1; };
  var anyRole = function (list) { for (var i = 0; list && i < list.length; i++) { if (has(roles, list[i])) return true; } return false; };
  var admins = (secObj && secObj.admins) || {};
  if (has(roles, '_admin') || has(admins.names, userCtx.name) || anyRole(admins.roles)) return;
  if (!has(roles, ${JSON.stringify(writerRole(database))})) {
    throw({ forbidden: 'no-write: this account may read the mission register but not change it.' });
  }
  if (newDoc._id.indexOf('_design/') === 0) throw({ forbidden: 'no-write: only an administrator may change design documents.' });
  if (newDoc._deleted === true) return;
  if (newDoc._id === ${JSON.stringify(MISSION_KEY_DOC_ID)}) {
    if (oldDoc && !oldDoc._deleted) throw({ forbidden: 'malformed: the mission key cannot be replaced.' });
    if (newDoc.t !== 'mission-key' || typeof newDoc.salt !== 'string' || typeof newDoc.check !== 'string' || typeof newDoc.iterations !== 'number') throw({ forbidden: 'malformed: not a mission key.' });
    return;
  }
  var tables = ${tables};
  var colon = newDoc._id.indexOf(':');
  var table = colon > 0 ? newDoc._id.slice(0, colon) : '';
  if (!has(tables, table) || newDoc.t !== table) throw({ forbidden: 'malformed: not a UPR Desk record.' });
  if (typeof newDoc.d !== 'object' || newDoc.d === null || typeof newDoc.s !== 'object' || newDoc.s === null || typeof newDoc.c !== 'string') {
    throw({ forbidden: 'malformed: a UPR Desk record needs its fields and their stamps.' });
  }
}`
}

/** The design document with the validation function. */
export function designDocument(database: string): { _id: string; language: 'javascript'; validate_doc_update: string } {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: validateDocUpdateSource(database) }
}

/** The security object: members are the writer and reader roles (both may read); admins by role. */
export function securityObject(database: string): { admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } } {
  return {
    admins: { names: [], roles: [`${database}-admin`] },
    members: { names: [], roles: [writerRole(database), readerRole(database)] }
  }
}

/** CouchDB's rule for database names. */
export const DATABASE_NAME_PATTERN = /^[a-z][a-z0-9_$()+/-]{0,237}$/
