import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/design";
import { renderBundle } from "./bundle";
import { byName, objectsOf } from "./testing/bundle";
import { variantDesigns } from "./testing/designs";
import { planOf } from "./testing/plan";

const reference = getTemplate("reference-5000");
const files = renderBundle(reference, planOf(reference));
const inNamespace = (values: string[]) => ({ namespaceSelector: { matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "In", values }] } });

describe("NetworkPolicies of the reference backend zone (namespace api)", () => {
  const policies = objectsOf(files, "network-policies/backend.yaml");

  it("holds a default deny, DNS egress and one policy per zone it talks with", () => {
    expect(policies.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual([
      "api/backend-default-deny",
      "api/backend-allow-dns",
      "api/backend-allow-from-frontend",
      "api/backend-allow-from-platform",
      "api/backend-allow-to-data",
      "api/backend-allow-to-platform",
    ]);
    expect(byName(policies, "backend-default-deny").spec).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
  });

  it("always allows DNS to kube-dns in kube-system on UDP and TCP 53", () => {
    expect(byName(policies, "backend-allow-dns").spec).toEqual({
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } }, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
          ports: [
            { protocol: "UDP", port: 53 },
            { protocol: "TCP", port: 53 },
          ],
        },
      ],
    });
  });

  it("lets in the frontend on 8443 and lets out to the data zone on 5432 and 6379", () => {
    expect(byName(policies, "backend-allow-from-frontend").spec).toEqual({
      podSelector: {},
      policyTypes: ["Ingress"],
      ingress: [{ from: [inNamespace(["web"])], ports: [{ protocol: "TCP", port: 8443 }] }],
    });
    expect(byName(policies, "backend-allow-to-data").spec).toEqual({
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [
        {
          to: [inNamespace(["databases"])],
          ports: [
            { protocol: "TCP", port: 5432 },
            { protocol: "TCP", port: 6379 },
          ],
        },
      ],
    });
    expect(byName(policies, "backend-allow-from-platform").spec).toMatchObject({ ingress: [{ from: [inNamespace(["monitoring", "logging"])] }] });
  });
});

it("opens the ingress zone's outside ports to any source", () => {
  expect(byName(objectsOf(files, "network-policies/ingress.yaml"), "ingress-allow-external").spec).toEqual({
    podSelector: {},
    policyTypes: ["Ingress"],
    ingress: [
      {
        ports: [
          { protocol: "TCP", port: 443 },
          { protocol: "TCP", port: 80 },
        ],
      },
    ],
  });
});

describe("zones with pod selectors, several namespaces, port ranges and port-less flows", () => {
  const design = variantDesigns()["ipip-linkerd-ec-gluster"]!;
  const frontend = objectsOf(renderBundle(design, planOf(design)), "network-policies/frontend.yaml");

  it("puts the zone's policies in each of its namespaces, selecting the zone's pods", () => {
    expect(frontend.filter((p) => p.metadata.name === "frontend-default-deny").map((p) => [p.metadata.namespace, p.spec])).toEqual([
      ["web", { podSelector: { matchLabels: { app: "web" } }, policyTypes: ["Ingress", "Egress"] }],
      ["web-canary", { podSelector: { matchLabels: { app: "web" } }, policyTypes: ["Ingress", "Egress"] }],
    ]);
  });

  it("merges the ports of two flows between the same zones, keeping endPort", () => {
    const egress = frontend.find((p) => p.metadata.name === "frontend-allow-to-backend")?.spec as { egress: unknown[] };
    expect(egress.egress).toEqual([
      {
        to: [inNamespace(["api"])],
        ports: [
          { protocol: "TCP", port: 8080 },
          { protocol: "UDP", port: 9000, endPort: 9010 },
        ],
      },
    ]);
  });

  it("allows every port for a flow that lists none, and selects the source zone's pods by label", () => {
    const ingress = frontend.find((p) => p.metadata.name === "frontend-allow-from-backend")?.spec as { ingress: unknown[] };
    expect(ingress.ingress).toEqual([{ from: [inNamespace(["api"])] }]);
    const backend = objectsOf(renderBundle(design, planOf(design)), "network-policies/backend.yaml");
    expect((byName(backend, "backend-allow-from-frontend").spec as { ingress: unknown[] }).ingress).toEqual([
      {
        from: [{ ...inNamespace(["web", "web-canary"]), podSelector: { matchLabels: { app: "web" } } }],
        ports: [
          { protocol: "TCP", port: 8080 },
          { protocol: "UDP", port: 9000, endPort: 9010 },
        ],
      },
    ]);
  });
});
