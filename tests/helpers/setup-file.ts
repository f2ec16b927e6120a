import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { useTestClock } from "./test-clock";

// Runs before each test file's imports: point the app at a private copy of the template database.
const dir = mkdtempSync(path.join(tmpdir(), "samling-file-"));
const file = path.join(dir, "samling.db");
copyFileSync(inject("templateDb"), file);
process.env.DATABASE_PATH = file;
process.env.SESSION_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.APP_URL ??= "http://localhost:3000";
process.env.TZ ??= "UTC";
useTestClock();
