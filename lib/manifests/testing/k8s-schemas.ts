// Test support: validators for generated objects built from the upstream schemas in
// ../shared/k8s-schemas (see its README and SOURCES). Read at test time, never copied into the repo.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import { parseAllDocuments } from "yaml";

// CI checks the project out beside shared/: <root>/../shared/k8s-schemas.
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const SCHEMA_ROOT = path.resolve(PROJECT_ROOT, "../shared/k8s-schemas");

type Json = Record<string, unknown>;
export type Violation = { path: string; message: string };
export type ObjectValidator = (object: unknown) => Violation[];

const CRD_DIRS = ["projectcalico.org", "crd.projectcalico.org", "ceph.rook.io", "velero.io", "monitoring.coreos.com", "security.istio.io"];
const OPENAPI_FILES = [
  "core/api__v1_openapi.json",
  "batch/apis__batch__v1_openapi.json",
  "networking.k8s.io/apis__networking.k8s.io__v1_openapi.json",
  "storage.k8s.io/apis__storage.k8s.io__v1_openapi.json",
  "rbac.authorization.k8s.io/apis__rbac.authorization.k8s.io__v1_openapi.json",
  "apps/apis__apps__v1_openapi.json",
];

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Rewrites an OpenAPI v3 schema into one ajv checks the way the API server does:
 * - int-or-string (`x-kubernetes-int-or-string`, or core's `format: int-or-string`) accepts an
 *   integer or a string;
 * - an object that declares `properties` rejects any other field (kubectl apply --validate=strict),
 *   unless it preserves unknown fields or declares additionalProperties itself;
 * - `nullable` without a `type` becomes a null alternative (ajv needs a type beside it);
 * - `#/components/schemas/X` references point at `#/definitions/X` of the rewritten document.
 */
function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref" && typeof value === "string") out[key] = value.replace("#/components/schemas/", "#/definitions/");
    else if (key === "properties" && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strict(sub)]));
    else out[key] = strict(value);
  }
  if (schema["x-kubernetes-int-or-string"] === true || schema.format === "int-or-string") {
    delete out.type;
    delete out.format;
    out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    if (Array.isArray(out.anyOf)) out.anyOf = [...(out.anyOf as unknown[]), { type: "null" }];
  }
  if (isObject(schema.properties) && schema.additionalProperties === undefined && schema["x-kubernetes-preserve-unknown-fields"] !== true) {
    out.additionalProperties = false;
  }
  return out;
}

/**
 * CRD patterns are Go (RE2) regular expressions; some hold the inline flag `(?i)`, which
 * JavaScript before ES2025 cannot parse: it becomes the `i` flag.
 */
function goRegExp(pattern: string, flags: string): RegExp {
  return pattern.includes("(?i)") ? new RegExp(pattern.replaceAll("(?i)", ""), `${flags}i`) : new RegExp(pattern, flags);
}
goRegExp.code = "goRegExp";

function ajvViolations(validate: ValidateFunction, object: unknown): Violation[] {
  if (validate(object)) return [];
  return (validate.errors ?? []).map((error) => ({
    path: error.instancePath || "/",
    message: `${error.message ?? "invalid"}${error.keyword === "additionalProperties" ? `: ${String((error.params as { additionalProperty?: string }).additionalProperty)}` : ""}`,
  }));
}

/** Every kind the schema folder defines, keyed "apiVersion kind", with a validator for each. */
export function loadValidators(): Map<string, ObjectValidator> {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, code: { regExp: goRegExp } });
  const validators = new Map<string, ObjectValidator>();

  // Core kinds: ObjectMeta is also used to check the metadata of custom resources, whose CRD
  // schemas leave metadata to the API server.
  let objectMeta: ValidateFunction | undefined;
  OPENAPI_FILES.forEach((file, index) => {
    const doc = JSON.parse(readFileSync(path.join(SCHEMA_ROOT, file), "utf8")) as { components: { schemas: Record<string, Json> } };
    const id = `openapi-${index}`;
    ajv.addSchema({ $id: id, definitions: strict(doc.components.schemas) });
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      const gvks = schema["x-kubernetes-group-version-kind"];
      if (!Array.isArray(gvks)) continue;
      const validate = ajv.getSchema(`${id}#/definitions/${name}`);
      if (!validate) throw new Error(`cannot compile ${name}`);
      for (const gvk of gvks as { group: string; version: string; kind: string }[]) {
        const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
        if (!validators.has(`${apiVersion} ${gvk.kind}`)) validators.set(`${apiVersion} ${gvk.kind}`, (object) => ajvViolations(validate, object));
      }
    }
    objectMeta ??= ajv.getSchema(`${id}#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`);
  });
  if (!objectMeta) throw new Error("ObjectMeta not found in the core OpenAPI documents");
  const meta = objectMeta;

  for (const dir of CRD_DIRS) {
    for (const file of readdirSync(path.join(SCHEMA_ROOT, dir)).filter((name) => name.endsWith(".yaml")).sort()) {
      for (const document of parseAllDocuments(readFileSync(path.join(SCHEMA_ROOT, dir, file), "utf8"))) {
        const crd = document.toJS() as Json | null;
        if (!isObject(crd) || crd.kind !== "CustomResourceDefinition") continue;
        const spec = crd.spec as { group: string; names: { kind: string }; versions: { name: string; served: boolean; schema?: { openAPIV3Schema: Json } }[] };
        for (const version of spec.versions) {
          if (!version.served || !version.schema) continue;
          // The API server accepts apiVersion, kind and metadata on every custom resource, also
          // where the CRD schema leaves them out (Istio's do).
          const root = version.schema.openAPIV3Schema;
          const properties = { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, ...(root.properties as Json | undefined) };
          const validate = ajv.compile(strict({ ...root, properties }) as Json);
          validators.set(`${spec.group}/${version.name} ${spec.names.kind}`, (object) => [
            ...ajvViolations(validate, object),
            ...ajvViolations(meta, (object as Json).metadata).map((v) => ({ ...v, path: `/metadata${v.path === "/" ? "" : v.path}` })),
          ]);
        }
      }
    }
  }
  return validators;
}

type GoField = { type: string };

/** The structs of types.go: struct name -> json tag -> Go type (an inline TypeMeta gives apiVersion and kind). */
export function loadGoStructs(file = path.join(SCHEMA_ROOT, "kubeproxy.config.k8s.io/types.go")): Map<string, Map<string, GoField>> {
  const source = readFileSync(file, "utf8");
  const structs = new Map<string, Map<string, GoField>>();
  for (const match of source.matchAll(/^type (\w+) struct \{\n([\s\S]*?)^\}/gm)) {
    const fields = new Map<string, GoField>();
    for (const line of (match[2] ?? "").split("\n")) {
      const field = /^\s*(?:\w+\s+)?([\w.*[\]]+)\s+`json:"([^",]*)/.exec(line);
      if (!field) continue;
      const [, type = "", tag = ""] = field;
      if (tag === "" && type === "metav1.TypeMeta") {
        fields.set("apiVersion", { type: "string" });
        fields.set("kind", { type: "string" });
      } else if (tag !== "") {
        fields.set(tag, { type });
      }
    }
    structs.set(match[1] ?? "", fields);
  }
  return structs;
}

/**
 * Fields of structs defined outside types.go, checked against their own upstream definition:
 * ClientConnectionConfiguration of k8s.io/component-base/config/v1alpha1/types.go
 * (json tags kubeconfig, acceptContentTypes, contentType, qps, burst).
 */
const EXTERNAL_STRUCTS: Record<string, Record<string, string>> = {
  "componentbaseconfigv1alpha1.ClientConnectionConfiguration": { kubeconfig: "string", acceptContentTypes: "string", contentType: "string", qps: "float32", burst: "int32" },
};

const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

/** Checks a KubeProxyConfiguration against the json tags and Go types of types.go. */
export function validateGoStruct(structs: Map<string, Map<string, GoField>>, structName: string, value: unknown, at = ""): Violation[] {
  const fields = structs.get(structName) ?? (EXTERNAL_STRUCTS[structName] ? new Map(Object.entries(EXTERNAL_STRUCTS[structName]).map(([tag, type]) => [tag, { type }])) : undefined);
  if (!fields) return [{ path: at || "/", message: `no definition for Go type ${structName}` }];
  if (!isObject(value)) return [{ path: at || "/", message: `${structName} must be an object` }];
  return Object.entries(value).flatMap(([key, field]) => {
    const declared = fields.get(key);
    if (!declared) return [{ path: `${at}/${key}`, message: `${structName} has no field with json tag "${key}"` }];
    return checkGoValue(structs, declared.type, field, `${at}/${key}`);
  });
}

function checkGoValue(structs: Map<string, Map<string, GoField>>, goType: string, value: unknown, at: string): Violation[] {
  const type = goType.replace(/^\*/, "");
  const bad = (expected: string) => [{ path: at, message: `expected ${expected} for Go type ${goType}` }];
  if (type.startsWith("[]")) return Array.isArray(value) ? value.flatMap((item, i) => checkGoValue(structs, type.slice(2), item, `${at}/${i}`)) : bad("an array");
  if (type === "bool") return typeof value === "boolean" ? [] : bad("a boolean");
  if (/^u?int(8|16|32|64)?$/.test(type)) return Number.isInteger(value) ? [] : bad("an integer");
  if (/^float(32|64)$/.test(type)) return typeof value === "number" ? [] : bad("a number");
  if (type === "metav1.Duration") return typeof value === "string" && GO_DURATION.test(value) ? [] : bad("a Go duration");
  if (structs.has(type) || EXTERNAL_STRUCTS[type]) return validateGoStruct(structs, type, value, at);
  // Named string types of types.go (ProxyMode, LocalMode) and plain strings.
  return typeof value === "string" ? [] : bad("a string");
}
