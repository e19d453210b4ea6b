import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderBundle } from "./bundle";
import { allDesigns } from "./testing/designs";
import { kustomizationResources, objectsOf } from "./testing/bundle";
import { loadGoStructs, loadValidators, validateGoStruct, type ObjectValidator } from "./testing/k8s-schemas";
import { planOf } from "./testing/plan";

// Every object of every bundle against the upstream schema of its kind (../shared/k8s-schemas).
// A kind without a schema there fails: there is no way to know it would apply.

let validators: Map<string, ObjectValidator>;
beforeAll(() => {
  validators = loadValidators();
});

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

describe.each(Object.entries(allDesigns()))("bundle of %s", (_, design) => {
  const files = renderBundle(design, planOf(design));
  const resources = kustomizationResources(files);
  const objects = resources.flatMap((path) => objectsOf(files, path).map((object) => ({ path, object })));

  it("renders objects", () => {
    expect(objects.length).toBeGreaterThan(0);
  });

  it("validates every object against the schema of its kind", () => {
    const problems = objects.flatMap(({ path, object }) => {
      const validator = validators.get(`${object.apiVersion} ${object.kind}`);
      if (!validator) return [`${path}: no schema for ${object.apiVersion} ${object.kind} in ../shared/k8s-schemas`];
      return validator(object).map((violation) => `${path} ${object.kind}/${object.metadata?.name} ${violation.path}: ${violation.message}`);
    });
    expect(problems).toEqual([]);
  });

  it("checks the KubeProxyConfiguration against the json tags of types.go", () => {
    const structs = loadGoStructs();
    const configMap = objects.find(({ object }) => object.kind === "ConfigMap" && object.metadata.name === "kube-proxy");
    expect(configMap).toBeDefined();
    const config = parse((configMap?.object.data as Record<string, string>)["config.conf"] ?? "") as Record<string, unknown>;
    expect(config.kind).toBe("KubeProxyConfiguration");
    expect(config.apiVersion).toBe("kubeproxy.config.k8s.io/v1alpha1");
    expect(validateGoStruct(structs, "KubeProxyConfiguration", config)).toEqual([]);
  });

  it("gives every object a valid, unique name and valid label values", () => {
    const seen = new Set<string>();
    for (const { object } of objects) {
      const { name, namespace, labels = {} } = object.metadata;
      expect(name, `${object.kind} name`).toMatch(DNS1123_LABEL);
      expect(name.length).toBeLessThanOrEqual(63);
      const key = `${object.apiVersion} ${object.kind} ${namespace ?? ""}/${name}`;
      expect(seen.has(key), `duplicate ${key}`).toBe(false);
      seen.add(key);
      for (const value of Object.values(labels)) expect(value).toMatch(LABEL_VALUE);
    }
  });
});

describe("the validators are strict", () => {
  const policy = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "p", namespace: "n" },
    spec: { podSelector: {}, ingress: [{ ports: [{ port: 8080, protocol: "TCP" }] }] },
  };

  it("accepts an integer where the schema says int-or-string", () => {
    expect(validators.get("networking.k8s.io/v1 NetworkPolicy")?.(policy)).toEqual([]);
  });

  it("rejects a field a core schema does not declare, as kubectl apply --validate=strict does", () => {
    const misspelt = { ...policy, spec: { ...policy.spec, podSelecter: {} } };
    expect(validators.get("networking.k8s.io/v1 NetworkPolicy")?.(misspelt)).toEqual([{ path: "/spec", message: "must NOT have additional properties: podSelecter" }]);
  });

  it("rejects a field a CRD schema does not declare, and a bad metadata field of a custom resource", () => {
    const pool = { apiVersion: "projectcalico.org/v3", kind: "IPPool", metadata: { name: "p", labelz: {} }, spec: { cidr: "10.0.0.0/16", blocksize: 26 } };
    const violations = validators.get("projectcalico.org/v3 IPPool")?.(pool) ?? [];
    expect(violations.map((violation) => violation.message)).toEqual(["must NOT have additional properties: blocksize", "must NOT have additional properties: labelz"]);
  });

  it("rejects a KubeProxyConfiguration field that types.go does not declare", () => {
    const violations = validateGoStruct(loadGoStructs(), "KubeProxyConfiguration", { mode: "ipvs", ipvs: { schedular: "rr" }, configSyncPeriod: "15 minutes" });
    expect(violations).toEqual([
      { path: "/ipvs/schedular", message: 'KubeProxyIPVSConfiguration has no field with json tag "schedular"' },
      { path: "/configSyncPeriod", message: "expected a Go duration for Go type metav1.Duration" },
    ]);
  });
});
