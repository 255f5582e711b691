/**
 * The one place where requests meet the contract: every JSON body and JSON query parameter is
 * checked by the validator generated from its schema in src/core/api/hub-api.yaml
 * (scripts/genRequestValidators.ts), so the mock and the contract cannot drift. A wrong JSON type
 * is a 400 `invalid_type`; a body outside its schema otherwise a 422 `validation_failed` (with the
 * handler's own findings, all at once); a query parameter outside its schema a 400
 * `invalid_query`. Fields the schema does not name are ignored.
 */
import type { OperationValidators, SchemaError } from './generated/requestValidators';
import { ApiError, isJsonContentType, notJson, readBoundedText } from './http';
import { FieldProblems } from './validation';

type Fields = Record<string, string>;

// Loaded with the first request that needs it (as pdf-lib is), so it stays out of the demo's start-up.
let operations: Promise<OperationValidators[]> | undefined;

/** The contract operation a request is for: its path is matched at the end of the URL's path, after any API base. */
async function operationOf(method: string, url: URL): Promise<OperationValidators | undefined> {
  operations ??= import('./generated/requestValidators').then((module) => module.operations);
  const pathname = decodeURIComponent(url.pathname);
  return (await operations).find((operation) => operation.method === method &&
    new RegExp(`(^|/)${operation.path.slice(1).replace(/\{\w+\}/g, '[^/]+')}$`).test(pathname));
}

const NAMES: Record<string, string> = { string: 'a string', integer: 'an integer', number: 'a number', boolean: 'a boolean', array: 'an array', object: 'an object', null: 'null' };

/** A schema error in the words the mock's other messages use. */
function problem({ keyword, params }: SchemaError): string {
  const limit = params.limit as number;
  switch (keyword) {
    case 'type': return `Must be ${String(params.type).split(',').map((type) => NAMES[type] ?? type).join(' or ')}.`;
    case 'required': return 'Required.';
    case 'minLength': return limit === 1 ? 'Required.' : `At least ${limit} characters.`;
    case 'maxLength': return `At most ${limit} characters.`;
    case 'minimum': return `At least ${limit}.`;
    case 'maximum': return `At most ${limit}.`;
    case 'minItems': return `At least ${limit} items.`;
    case 'maxItems': return `At most ${limit} items.`;
    case 'enum': return `Must be one of: ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}.`;
    default: return 'Not allowed here.';
  }
}

/** The field an error is about: `email`, `items.0.email`; a missing property names itself. */
function fieldOf({ instancePath, keyword, params }: SchemaError): string {
  const path = instancePath.slice(1).replace(/\//g, '.');
  if (keyword !== 'required') return path;
  return path ? `${path}.${params.missingProperty as string}` : String(params.missingProperty);
}

function collect(errors: SchemaError[], prefix = ''): { types: Fields; values: Fields } {
  const types: Fields = {};
  const values: Fields = {};
  for (const error of errors) {
    const field = [prefix, fieldOf(error)].filter(Boolean).join('.');
    const target = error.keyword === 'type' ? types : values;
    target[field] ??= problem(error);
  }
  return { types, values };
}

/**
 * The request body, parsed and checked against the operation's request schema: 415 unless sent
 * as JSON, 413 when too large, 400 when missing, malformed or not an object. No body and no
 * `Content-Type` at all is a missing body (400), not a 415. The schema's findings come back as
 * `problems` for the handler to add its own rules to and throw, so a client hears them all at once.
 */
export async function readJsonBody(request: Request): Promise<{ body: Record<string, unknown>; problems: FieldProblems }> {
  const type = request.headers.get('Content-Type');
  if (type !== null && !isJsonContentType(type)) throw notJson();
  const text = await readBoundedText(request);
  if (type === null && text !== '') throw notJson();
  if (text === '') throw new ApiError(400, 'invalid_json', 'This request needs a JSON body.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const validate = (await operationOf(request.method, new URL(request.url)))?.body;
  if (!validate) throw new Error(`The contract has no JSON body for ${request.method} ${request.url}`);
  const { types, values } = validate(body) ? { types: {}, values: {} } : collect(validate.errors ?? []);
  if ('' in types) throw new ApiError(400, 'invalid_type', 'The request body must be a JSON object.');
  return { body: body as Record<string, unknown>, problems: new FieldProblems(types, values) };
}

/** Checks the parsed JSON query parameters (`sort`, `range`, `filter`) of a GET against their schemas. */
export async function checkQuery(url: URL, parameters: Record<string, unknown>): Promise<void> {
  const validators = (await operationOf('GET', url))?.query;
  if (!validators) throw new Error(`The contract has no JSON query parameters for GET ${url.pathname}`);
  const fields: Fields = {};
  for (const [name, value] of Object.entries(parameters)) {
    const validate = validators[name];
    if (value === undefined || !validate || validate(value)) continue;
    const { types, values } = collect(validate.errors ?? []);
    const [field, message] = Object.entries({ ...values, ...types })[0];
    fields[name] = field ? `${field}: ${message}` : message;
  }
  const names = Object.keys(fields);
  if (names.length) throw new ApiError(400, 'invalid_query', `The ${names.join(', ')} parameter${names.length > 1 ? 's do' : ' does'} not match the contract.`, fields);
}
