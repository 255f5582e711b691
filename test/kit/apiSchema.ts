/**
 * Validates response bodies against the OpenAPI document itself (not the generated types), so
 * tests prove that the mock answers exactly what the contract promises.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import hubApiYaml from '../../src/core/api/hub-api.yaml?raw';

type Method = 'get' | 'post' | 'put' | 'delete';
interface OpenApiResponse {
  $ref?: string;
  content?: Record<string, { schema?: unknown }>;
}
interface OpenApiDocument {
  paths: Record<string, Partial<Record<Method, { responses: Record<string, OpenApiResponse> }>>>;
  components: { responses: Record<string, OpenApiResponse> };
}

const DOCUMENT_ID = 'https://hub.example/hub-api.json';
export const openApiDocument = parse(hubApiYaml) as OpenApiDocument;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...openApiDocument, $id: DOCUMENT_ID });

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const validators = new Map<string, ValidateFunction | null>();

/** The validator of a documented response's JSON body; null when it has no body; throws when undocumented. */
function validatorFor(path: string, method: Method, status: number): ValidateFunction | null {
  const key = `${method} ${path} ${status}`;
  if (validators.has(key)) return validators.get(key)!;
  const response = openApiDocument.paths[path]?.[method]?.responses[String(status)];
  if (!response) throw new Error(`The contract documents no ${status} for ${method.toUpperCase()} ${path}`);
  let pointer = `#/paths/${escape(path)}/${method}/responses/${status}`;
  let resolved = response;
  if (response.$ref) {
    const name = response.$ref.split('/').pop()!;
    pointer = `#/components/responses/${escape(name)}`;
    resolved = openApiDocument.components.responses[name];
  }
  const validator = resolved.content?.['application/json']?.schema
    ? ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}/content/application~1json/schema` })
    : null;
  validators.set(key, validator);
  return validator;
}

/** The schema errors of a body (empty when it matches), for `path` as written in the contract. */
export function responseSchemaErrors(path: string, method: Method, status: number, body: unknown): string[] {
  const validator = validatorFor(path, method, status);
  if (!validator) return body === null || body === undefined || body === '' ? [] : ['the contract documents no body'];
  return validator(body) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`);
}

/**
 * Reads a fetch Response and asserts that its status is documented for the operation and that
 * its body matches that status's schema. Returns the parsed body (null when empty).
 */
export async function expectContractResponse(response: Response, path: string, method: Method): Promise<unknown> {
  const text = await response.text();
  const body: unknown = text === '' ? null : JSON.parse(text);
  const errors = responseSchemaErrors(path, method, response.status, body);
  if (errors.length) {
    throw new Error(`${method.toUpperCase()} ${path} ${response.status} does not match the contract:\n${errors.join('\n')}\n${text.slice(0, 500)}`);
  }
  return body;
}
