import { register } from 'node:module';
register('./extensionless.mjs', import.meta.url);
