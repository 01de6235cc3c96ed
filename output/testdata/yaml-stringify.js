// Writes each object of a JSON array as cdk8s writes it: keys ordered as
// ApiObject.toJson orders them, then cdk8s's Yaml.stringify. Prints a JSON
// array of the documents. Used by output/yaml_test.go.
//
// Usage: node yaml-stringify.js objects.json
//
// In the input, a map is {"entries": [[key, value], ...]}: keys travel as
// JSON strings, not JSON keys, because V8's JSON.parse (Node.js 24 and
// later) can read an escaped key such as "\n" back as "\\"
// (https://github.com/nodejs/node/issues/63785).
'use strict';

const fs = require('fs');
const path = require('path');
const { Yaml } = require(path.join(__dirname, '..', '..', 'node_modules', 'cdk8s'));

// ordered rebuilds a value with its keys in the order of sanitizeValue in
// cdk8s/lib/_util.js, which toJson calls: each object's keys sorted, set one
// by one on a new object (so V8 puts array-index keys first). Unlike
// sanitizeValue, it keeps null values (the Go writer writes what it is given)
// and a "__proto__" key, which an assignment would take for the prototype.
function ordered(value) {
  if (Array.isArray(value)) {
    return value.map(ordered);
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const entries = new Map(value.entries);
  const out = {};
  for (const key of [...entries.keys()].sort()) {
    set(out, key, ordered(entries.get(key)));
  }
  return out;
}

// top mirrors the end of ApiObject.toJson: apiVersion, kind and metadata first.
function top(obj) {
  const out = {};
  for (const key of ['apiVersion', 'kind', 'metadata', ...Object.keys(obj)]) {
    if (Object.hasOwn(obj, key) && !Object.hasOwn(out, key)) {
      set(out, key, obj[key]);
    }
  }
  return out;
}

function set(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

const objects = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify(objects.map(obj => Yaml.stringify(top(ordered(obj))))));
