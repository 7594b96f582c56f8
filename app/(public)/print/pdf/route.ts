// GET /print/pdf?need=autism — the booklet as a PDF made on the server (lib/booklet/http.ts).
import { bookletPdfResponse } from "@/lib/booklet/http";

export const dynamic = "force-dynamic";

export const GET = bookletPdfResponse;
