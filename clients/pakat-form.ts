// Pakat's form bodies for TypeScript clients whose own serializer sends a nested value as JSON text
// (@hey-api/openapi-ts, openapi-fetch). openapi.json declares repeated and keyed fields as arrays
// and maps, and each body's `encoding` says how they go on the wire: deepObject in PHP-style
// brackets (`options[0][name]`, `email[params][code]`), and the exploded form `custom_fields` as
// fields of their own at the top level (`CITY=tehran`). Numbers go as their decimal text.

/** Properties openapi.json encodes as exploded form maps: their entries go at the top level. */
const SPREAD = new Set(["custom_fields"]);

function* fields(body: unknown): Generator<[string, string]> {
  if (typeof body !== "object" || body === null) {
    throw new TypeError("a Pakat form body is an object of fields");
  }
  for (const [name, value] of Object.entries(body)) {
    if (SPREAD.has(name) && typeof value === "object" && value !== null) {
      for (const [tag, item] of Object.entries(value)) {
        yield* nested(tag, item);
      }
    } else {
      yield* nested(name, value);
    }
  }
}

function* nested(name: string, value: unknown): Generator<[string, string]> {
  if (value === undefined || value === null) {
    return;
  }
  if (typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      yield* nested(`${name}[${key}]`, item);
    }
  } else {
    yield [name, String(value)];
  }
}

/** A POST body: multipart/form-data. */
export function pakatFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of fields(body)) {
    form.append(name, value);
  }
  return form;
}

/** A PUT body: application/x-www-form-urlencoded. */
export function pakatUrlEncoded(body: unknown): URLSearchParams {
  return new URLSearchParams([...fields(body)]);
}
