import { describe, expect, it } from "vitest";
import { highlightHtml } from "./highlight";

describe("highlightHtml", () => {
  it("marks YAML keys and values", () => {
    const html = highlightHtml("kind: IPPool\nspec:\n  blockSize: 26\n", "yaml");
    expect(html).toContain('<span class="hljs-attr">kind:</span>');
    expect(html).toContain('<span class="hljs-number">26</span>');
  });

  it("escapes markup in the file instead of letting it into the page", () => {
    const html = highlightHtml('description: "<img src=x onerror=alert(1)>"', "yaml");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
    expect(highlightHtml("a <b> & c", "plaintext")).toBe("a &lt;b&gt; &amp; c");
  });

  it("highlights JSON and shell", () => {
    expect(highlightHtml('{"nodes": 500}', "json")).toContain('<span class="hljs-attr">&quot;nodes&quot;</span>');
    expect(highlightHtml("#!/bin/sh\nset -eu\n", "bash")).toBe('<span class="hljs-meta">#!/bin/sh</span>\n<span class="hljs-built_in">set</span> -eu\n');
  });
});
