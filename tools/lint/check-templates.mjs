import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
const schema = JSON.parse(readFileSync('node_modules/@camunda/element-templates-json-schema/resources/schema.json', 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const dir = '../../processes/.camunda/element-templates';
let bad = 0;
for (const f of readdirSync(dir).filter(f => f.endsWith('.json'))) {
  const data = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  if (!validate(data)) { bad++; console.log(f, JSON.stringify(validate.errors.slice(0, 5), null, 1)); }
  else console.log(f, 'ok');
}
process.exit(bad ? 1 : 0);
