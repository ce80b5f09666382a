// Preloaded with `node --require`: appends every module name the program `require`s
// (CommonJS, as the bundled command loads pdfkit and fontkit) to the file named by
// RECORD_LOADS, one per line.
const { appendFileSync } = require('node:fs')
const Module = require('node:module')

const load = Module._load
Module._load = function (request, ...rest) {
  if (process.env.RECORD_LOADS) appendFileSync(process.env.RECORD_LOADS, request + '\n')
  return load.call(this, request, ...rest)
}
