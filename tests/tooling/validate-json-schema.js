#!/usr/bin/env node
// Validates JSON documents against a JSON Schema (draft 2020-12) with ajv.
//
//   node validate-json-schema.js SCHEMA.json DOCUMENT.json...
//
// Prints one JSON line per document: {"file", "valid", "errors": [{"instancePath",
// "message"}]}. Exit code 0 when every document is valid, 1 when any is invalid, 2 when the
// schema or a document cannot be read or parsed. Test tooling only (tst_boardjsonschema).
'use strict';

const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

function readJson(path) {
    return JSON.parse(fs.readFileSync(path, 'utf8'));
}

function main(argv) {
    if (argv.length < 2) {
        process.stderr.write('usage: validate-json-schema.js SCHEMA DOCUMENT...\n');
        return 2;
    }
    let validate;
    try {
        const ajv = new Ajv2020({ allErrors: true, strict: true });
        addFormats(ajv);
        validate = ajv.compile(readJson(argv[0]));
    } catch (error) {
        process.stderr.write(`${argv[0]}: ${error.message}\n`);
        return 2;
    }
    let exitCode = 0;
    for (const file of argv.slice(1)) {
        let document;
        try {
            document = readJson(file);
        } catch (error) {
            process.stderr.write(`${file}: ${error.message}\n`);
            return 2;
        }
        const valid = validate(document);
        const errors = (validate.errors || []).map((error) => ({
            instancePath: error.instancePath,
            message: error.message,
        }));
        process.stdout.write(JSON.stringify({ file, valid, errors }) + '\n');
        if (!valid)
            exitCode = 1;
    }
    return exitCode;
}

process.exitCode = main(process.argv.slice(2));
