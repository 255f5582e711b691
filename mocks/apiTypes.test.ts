// @vitest-environment node
/** The generated types and request validators must be what `npm run gen:api` makes of the contract today. */
import { readFileSync } from 'node:fs';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { CONTRACT_FILE, OUTPUT_FILE, requestValidatorsSource } from '../scripts/genRequestValidators';

test('src/core/api/schema.d.ts is up to date with src/core/api/hub-api.yaml (run npm run gen:api)', async () => {
  const contract = new URL('../src/core/api/hub-api.yaml', import.meta.url);
  const generated = `${COMMENT_HEADER}${astToString(await openapiTS(contract))}`;
  const committed = readFileSync(new URL('../src/core/api/schema.d.ts', import.meta.url), 'utf8');
  expect(committed).toBe(generated);
});

test('mocks/generated/requestValidators.js is up to date with src/core/api/hub-api.yaml (run npm run gen:api)', () => {
  const generated = requestValidatorsSource(readFileSync(CONTRACT_FILE, 'utf8'));
  expect(readFileSync(OUTPUT_FILE, 'utf8')).toBe(generated);
});
