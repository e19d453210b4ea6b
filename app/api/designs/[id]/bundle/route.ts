import { apiHandler } from "@/lib/api";
import { zipBundle } from "@/lib/manifests";
import { bundleFilename, renderStoredDesign } from "./rendered";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The manifest bundle of the design (head, or ?revision=N) as a zip download. */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { name, revision, files } = await renderStoredDesign(request, id);
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
