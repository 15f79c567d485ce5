#!/usr/bin/env node
// Runs dynalite (pinned in package.json) with the same arguments as its own command line, surviving a client that
// hangs up mid-request. dynalite 4.0.0 throws the request's 'aborted' error out of its handler, which ends the
// process and every table it holds in memory; such an error concerns only the client that left, so it is logged
// and dropped here. Any other uncaught error still ends the process, as it would without this script.
//
// goblet-testing's Dynalite runs this same file (its build copies it into the jar) from a temporary folder, so it
// names dynalite's cli.js in GOBLET_DYNALITE_CLI; run from here, the repository's node_modules has it.
'use strict'

process.on('uncaughtException', function (err) {
  if (err && err.code === 'ECONNRESET' && err.message === 'aborted') {
    console.error('dynalite: a client hung up mid-request; its request is dropped')
    return
  }
  console.error(err)
  process.exit(1)
})

require(process.env.GOBLET_DYNALITE_CLI || 'dynalite/cli.js')
