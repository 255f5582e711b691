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
  headers?: Record<string, { required?: boolean }>;
}
interface OpenApiParameter {
  $ref?: string;
  name: string;
  in: string;
  schema?: unknown;
  content?: Record<string, { schema?: unknown }>;
}
interface OpenApiDocument {
  paths: Record<string, Partial<Record<Method, { responses: Record<string, OpenApiResponse>; parameters?: OpenApiParameter[] }>> & { parameters?: OpenApiParameter[] }>;
  components: { responses: Record<string, OpenApiResponse>; parameters: Record<string, OpenApiParameter> };
}

const DOCUMENT_ID = 'https://hub.example/hub-api.json';
export const openApiDocument = parse(hubApiYaml) as OpenApiDocument;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...openApiDocument, $id: DOCUMENT_ID });

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const validators = new Map<string, ValidateFunction | null>();

/** A documented response, with the JSON pointer of where it is written; throws when undocumented. */
function documentedResponse(path: string, method: Method, status: number): { pointer: string; resolved: OpenApiResponse } {
  const response = openApiDocument.paths[path]?.[method]?.responses[String(status)];
  if (!response) throw new Error(`The contract documents no ${status} for ${method.toUpperCase()} ${path}`);
  if (!response.$ref) return { pointer: `#/paths/${escape(path)}/${method}/responses/${status}`, resolved: response };
  const name = response.$ref.split('/').pop()!;
  return { pointer: `#/components/responses/${escape(name)}`, resolved: openApiDocument.components.responses[name] };
}

/** The headers a documented response must carry (`required: true`), e.g. 429's `Retry-After`. */
export function missingRequiredHeaders(path: string, method: Method, status: number, headers: Headers): string[] {
  const documented = documentedResponse(path, method, status).resolved.headers ?? {};
  return Object.entries(documented).filter(([name, header]) => header.required && !headers.has(name)).map(([name]) => name);
}

/** The validator of a documented response's JSON body; null when it has no body; throws when undocumented. */
function validatorFor(path: string, method: Method, status: number): ValidateFunction | null {
  const key = `${method} ${path} ${status}`;
  if (validators.has(key)) return validators.get(key)!;
  const { pointer, resolved } = documentedResponse(path, method, status);
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
 * Reads a fetch Response and asserts that its status is documented for the operation, that its
 * body matches that status's schema and that it carries the headers documented as required. Returns the parsed body (null when empty).
 */
export async function expectContractResponse(response: Response, path: string, method: Method): Promise<unknown> {
  const text = await response.text();
  const body: unknown = text === '' ? null : JSON.parse(text);
  const missing = missingRequiredHeaders(path, method, response.status, response.headers);
  const errors = [...responseSchemaErrors(path, method, response.status, body), ...missing.map((name) => `the required header ${name} is missing`)];
  if (errors.length) {
    throw new Error(`${method.toUpperCase()} ${path} ${response.status} does not match the contract:\n${errors.join('\n')}\n${text.slice(0, 500)}`);
  }
  return body;
}

/**
 * The schema errors of one request parameter: a path parameter as its raw text (digits read as a
 * number, as a validating proxy does), a JSON query parameter as its decoded value.
 */
export function parameterErrors(path: string, method: Method, name: string, value: unknown): string[] {
  const item = openApiDocument.paths[path];
  const listed = [...(item?.parameters ?? []).map((p, i) => ({ p, pointer: `#/paths/${escape(path)}/parameters/${i}` })),
    ...(item?.[method]?.parameters ?? []).map((p, i) => ({ p, pointer: `#/paths/${escape(path)}/${method}/parameters/${i}` }))]
    .map(({ p, pointer }) => (p.$ref ? { p: openApiDocument.components.parameters[p.$ref.split('/').pop()!], pointer: p.$ref } : { p, pointer }));
  const found = listed.find(({ p }) => p.name === name);
  if (!found) throw new Error(`The contract documents no parameter ${name} for ${method.toUpperCase()} ${path}`);
  const schemaPointer = found.p.content ? `${found.pointer}/content/application~1json/schema` : `${found.pointer}/schema`;
  const data = found.p.in === 'path' && typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  const validator = ajv.compile({ $ref: `${DOCUMENT_ID}${schemaPointer}` });
  return validator(data) ? [] : (validator.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message}`);
}
