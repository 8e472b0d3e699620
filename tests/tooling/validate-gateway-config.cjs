// Validates a gateway configuration written by Seams: `node validate-gateway-config.cjs
// kong|traefik SCHEMA FILE`. Parses the YAML with js-yaml (an independent reader), checks it
// against the JSON schema with ajv, then the rules a schema cannot say: unique names, and
// per target the path and rule syntax. Prints one line per problem; exit 1 when invalid.
'use strict';
const fs = require('fs');
const yaml = require('js-yaml');
const Ajv = require('ajv');

const [target, schemaPath, filePath] = process.argv.slice(2);
const problems = [];
let document;
try {
    // CORE_SCHEMA: what Kong's and Traefik's readers agree on (no YAML 1.1 surprises).
    document = yaml.load(fs.readFileSync(filePath, 'utf8'), { schema: yaml.CORE_SCHEMA });
} catch (error) {
    console.log(`${filePath}: YAML: ${error.message}`);
    process.exit(1);
}
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
if (!validate(document)) {
    for (const error of validate.errors)
        problems.push(`schema: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
}

function unique(kind, names) {
    const seen = new Set();
    for (const name of names) {
        if (seen.has(name))
            problems.push(`${kind} name "${name}" is used twice`);
        seen.add(name);
    }
}

if (target === 'kong' && problems.length === 0) {
    const services = document.services || [];
    unique('service', services.map((s) => s.name));
    const routes = services.flatMap((s) => s.routes || []);
    unique('route', routes.map((r) => r.name));
    for (const route of routes) {
        for (const path of route.paths) {
            if (path.startsWith('~')) {
                // Kong anchors regex paths at the start; they must compile.
                try { new RegExp('^' + path.slice(1)); } catch (error) {
                    problems.push(`route ${route.name}: regex path ${path}: ${error.message}`);
                }
            } else if (path.includes('*')) {
                problems.push(`route ${route.name}: "${path}" is a literal path in Kong, not a wildcard`);
            }
        }
    }
} else if (target === 'traefik' && problems.length === 0) {
    const http = document.http || {};
    const services = Object.keys(http.services || {});
    const middlewares = Object.keys(http.middlewares || {});
    const matcher = /^(Path|PathPrefix)\(`\/[A-Za-z0-9._~\/-]*`\)$/;
    for (const [name, router] of Object.entries(http.routers || {})) {
        if (name.includes('@'))
            problems.push(`router name "${name}" contains "@" (the provider separator)`);
        if (!services.includes(router.service))
            problems.push(`router ${name}: unknown service "${router.service}"`);
        for (const middleware of router.middlewares || []) {
            if (!middlewares.includes(middleware))
                problems.push(`router ${name}: unknown middleware "${middleware}"`);
        }
        for (const part of router.rule.split(' || ')) {
            if (!matcher.test(part))
                problems.push(`router ${name}: rule part "${part}" is not Path/PathPrefix of a path`);
        }
    }
} else if (target !== 'kong' && target !== 'traefik') {
    problems.push(`unknown target ${target}`);
}

for (const problem of problems)
    console.log(`${filePath}: ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
