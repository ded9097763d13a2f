// Lints everything administrators edit, with the tools Camunda Modeler itself uses:
//   processes/*.bpmn   bpmnlint, recommended + camunda-compat rules for Camunda Platform 7.24
//   forms/*.form       @camunda/form-linting for the forms' execution platform (7.24)
//   processes/.camunda/element-templates/*.json   the official element-template JSON schema
// Prints every finding and exits 1 if there is any. Run: npm --prefix tools/lint run lint
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { FormLinter } from '@camunda/form-linting';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
let findings = 0;

// BPMN
const models = readdirSync(join(root, 'processes')).filter(f => f.endsWith('.bpmn'))
  .map(f => join(root, 'processes', f));
try {
  execFileSync(join(here, 'node_modules', '.bin', 'bpmnlint'), models,
    { cwd: here, stdio: 'pipe', encoding: 'utf8' });
  console.log(`bpmnlint: ${models.length} models, no findings`);
} catch (error) {
  findings++;
  console.log(`bpmnlint findings:\n${error.stdout || ''}${error.stderr || ''}`);
}

// Forms
const linter = new FormLinter();
const forms = readdirSync(join(root, 'forms')).filter(f => f.endsWith('.form'));
for (const form of forms) {
  const reports = linter.lint(readFileSync(join(root, 'forms', form), 'utf8'));
  for (const report of reports) {
    findings++;
    console.log(`forms/${form}: ${report.id || ''} ${report.message}`);
  }
}
console.log(`form-linting: ${forms.length} forms checked`);

// Element templates
const schema = JSON.parse(readFileSync(join(here, 'node_modules', '@camunda',
  'element-templates-json-schema', 'resources', 'schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const templateDir = join(root, 'processes', '.camunda', 'element-templates');
const templates = readdirSync(templateDir).filter(f => f.endsWith('.json'));
for (const file of templates) {
  const data = JSON.parse(readFileSync(join(templateDir, file), 'utf8'));
  if (!validate(data)) {
    findings++;
    const errors = validate.errors.filter(e => e.keyword !== 'oneOf' && e.keyword !== 'if')
      .slice(0, 8).map(e => `  ${e.instancePath || '/'} ${e.message}`).join('\n');
    console.log(`element template ${file} does not match the schema:\n${errors}`);
  }
}
console.log(`element templates: ${templates.length} files checked`);
process.exit(findings ? 1 : 0);
