#!/usr/bin/env node
// Validates Seams' service contracts with the real tools, for tests/e2e/tst_contractvalidation:
//   node validate-contracts.js FILE_OR_DIR...
// *.openapi.yaml: @apidevtools/swagger-parser validate() (OpenAPI 3.1 schema, every $ref
//   resolved), then what swagger-parser does not check for OpenAPI 3 (unique operationIds,
//   path templates declared), every component schema compiled by Ajv (JSON Schema 2020-12),
//   every problem example validated against its schema, and the seed's rules: X-Trace-Id on
//   every operation and response, problem+json errors, Location on 201, Retry-After on 429.
// *.asyncapi.yaml: @asyncapi/parser (AsyncAPI 3.0); any diagnostic of severity error fails,
//   and every payload schema must compile with Ajv (draft-07, AsyncAPI's schema base).
// Prints one JSON line per file ({file, ok, errors, warnings}) and a summary line; the exit
// code is 0 only when every file passed.
'use strict';

const fs = require('fs');
const path = require('path');
const SwaggerParser = require('@apidevtools/swagger-parser');
const { Parser } = require('@asyncapi/parser');
const Ajv2020 = require('ajv/dist/2020').default;
const AjvDraft7 = require('ajv').default;
const addFormats = require('ajv-formats').default;

function newAjv(Ajv) {
  const ajv = new Ajv({ strict: true, allErrors: true, strictRequired: false });
  addFormats(ajv);
  // OpenAPI's own numeric formats; Ajv only needs to know they are intended.
  ajv.addFormat('int32', true);
  ajv.addFormat('int64', true);
  ajv.addKeyword('x-seams-note');
  return ajv;
}

/** The schema without the parser's own annotations ("x-parser-schema-id"). */
function withoutParserKeys(value) {
  if (Array.isArray(value)) return value.map(withoutParserKeys);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [key, item] of Object.entries(value)) {
      if (!key.startsWith('x-parser-')) out[key] = withoutParserKeys(item);
    }
    return out;
  }
  return value;
}

/** Rewrites "#/components/schemas/X" to a URI Ajv can resolve across separately added schemas. */
function relinked(value) {
  if (Array.isArray(value)) return value.map(relinked);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = key === '$ref' && typeof item === 'string' && item.startsWith('#/components/schemas/')
        ? 'urn:seams:' + item.slice('#/components/schemas/'.length)
        : relinked(item);
    }
    return out;
  }
  return value;
}

function compileSchemas(ajv, schemas, errors, where) {
  for (const [name, schema] of Object.entries(schemas || {})) {
    ajv.addSchema(relinked(schema), 'urn:seams:' + name);
  }
  for (const name of Object.keys(schemas || {})) {
    try {
      ajv.getSchema('urn:seams:' + name);
    } catch (error) {
      errors.push(`${where}/${name}: not a valid JSON Schema: ${error.message}`);
    }
  }
}

const asyncApiParser = new Parser();

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function checkOpenApiRules(raw, api, errors) {
  const operationIds = new Set();
  const routes = new Map();
  for (const [route, item] of Object.entries(raw.paths || {})) {
    const key = route.replace(/\{[^}]*\}/g, '{}');
    if (routes.has(key)) errors.push(`paths: ${route} and ${routes.get(key)} are the same templated path`);
    routes.set(key, route);
    const templates = [...route.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).sort();
    const resolvedItem = api.paths[route];
    for (const method of methods) {
      const operation = resolvedItem[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${route}`;
      if (!operation.operationId) errors.push(`${where}: no operationId`);
      else if (operationIds.has(operation.operationId)) errors.push(`${where}: operationId ${operation.operationId} is not unique`);
      operationIds.add(operation.operationId);
      const parameters = [...(resolvedItem.parameters || []), ...(operation.parameters || [])];
      const declared = parameters.filter((p) => p.in === 'path').map((p) => p.name).sort();
      if (JSON.stringify(declared) !== JSON.stringify(templates)) errors.push(`${where}: path parameters ${declared} do not match the templates ${templates}`);
      if (parameters.some((p) => p.in === 'path' && p.required !== true)) errors.push(`${where}: a path parameter is not required`);
      if (!parameters.some((p) => p.in === 'header' && p.name === 'X-Trace-Id')) errors.push(`${where}: no X-Trace-Id parameter`);
      for (const [status, response] of Object.entries(operation.responses || {})) {
        const headers = response.headers || {};
        if (!headers['X-Trace-Id']) errors.push(`${where} ${status}: no X-Trace-Id response header`);
        if (status === '201' && !headers.Location) errors.push(`${where} 201: no Location header`);
        if (status === '429' && !headers['Retry-After']) errors.push(`${where} 429: no Retry-After header`);
        if (Number(status) >= 400) {
          const problem = (response.content || {})['application/problem+json'];
          if (!problem || !problem.schema) errors.push(`${where} ${status}: not application/problem+json`);
          else for (const field of ['type', 'title', 'status', 'detail', 'instance', 'traceId']) {
            if (!(problem.schema.properties || {})[field]) errors.push(`${where} ${status}: the problem has no ${field}`);
          }
        }
      }
    }
  }
}

function checkProblemExamples(ajv, raw, errors) {
  for (const [name, response] of Object.entries((raw.components || {}).responses || {})) {
    for (const [mediaType, media] of Object.entries(response.content || {})) {
      if (media.example === undefined || !media.schema) continue;
      const validate = ajv.compile(relinked(media.schema));
      if (!validate(media.example)) errors.push(`components/responses/${name} ${mediaType}: the example does not match: ${ajv.errorsText(validate.errors)}`);
    }
  }
}

async function validateOpenApi(file) {
  const errors = [];
  try {
    const raw = await SwaggerParser.parse(file);
    const api = await SwaggerParser.validate(file);
    if (raw.openapi !== '3.1.0') errors.push(`openapi is ${JSON.stringify(raw.openapi)}, not "3.1.0"`);
    checkOpenApiRules(raw, api, errors);
    const ajv = newAjv(Ajv2020);
    compileSchemas(ajv, (raw.components || {}).schemas, errors, 'components/schemas');
    checkProblemExamples(ajv, raw, errors);
  } catch (error) {
    errors.push(error.message);
  }
  return { errors, warnings: [] };
}

async function validateAsyncApi(file) {
  const errors = [];
  const warnings = [];
  const { document, diagnostics } = await asyncApiParser.parse(fs.readFileSync(file, 'utf8'));
  for (const diagnostic of diagnostics) {
    const text = `${diagnostic.code}: ${diagnostic.message} at ${(diagnostic.path || []).join('/')}`;
    (diagnostic.severity === 0 ? errors : warnings).push(text);
  }
  if (document) {
    const json = document.json();
    if (json.asyncapi !== '3.0.0') errors.push(`asyncapi is ${JSON.stringify(json.asyncapi)}, not "3.0.0"`);
    const ajv = newAjv(AjvDraft7);
    for (const [name, message] of Object.entries((json.components || {}).messages || {})) {
      try {
        ajv.compile(withoutParserKeys(message.payload));
      } catch (error) {
        errors.push(`components/messages/${name}: the payload is not a valid schema: ${error.message}`);
      }
    }
  } else if (errors.length === 0) {
    errors.push('the parser returned no document');
  }
  return { errors, warnings };
}

function collect(target) {
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs.readdirSync(target).sort().map((name) => path.join(target, name))
    .filter((file) => /\.(openapi|asyncapi)\.yaml$/.test(file));
}

async function main() {
  const files = process.argv.slice(2).flatMap(collect);
  let failed = 0;
  for (const file of files) {
    const result = file.endsWith('.openapi.yaml') ? await validateOpenApi(file) : await validateAsyncApi(file);
    const ok = result.errors.length === 0;
    if (!ok) failed++;
    console.log(JSON.stringify({ file, ok, errors: result.errors, warnings: result.warnings }));
  }
  console.log(JSON.stringify({ summary: true, files: files.length, failed }));
  process.exit(files.length > 0 && failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
