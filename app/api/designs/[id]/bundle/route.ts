import { designRoute } from "@/lib/auth/member-route";
import { zipBundle } from "@/lib/manifests";
import { bundleFilename, renderStoredDesign } from "./rendered";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The manifest bundle of the design (head, or ?revision=N) as a zip download. */
export const GET = designRoute("viewer", async ({ request, id, prisma }) => {
  const { name, revision, files } = await renderStoredDesign(request, prisma, id);
  const zip = zipBundle(files);
  return new Response(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(zip.byteLength),
      "Content-Disposition": `attachment; filename="${bundleFilename(name, revision)}"`,
      "Cache-Control": "no-store",
    },
  });
});
