// Sorting a rejected Xrm.WebApi call into what the rep can do about it.

/** Dataverse's codes for "you lack the privilege or the access" (DATAVERSE-FACTS: 0x80040220, 0x80048306). */
const permissionCodes = new Set<number>([0x80040220, 0x80048306, 0x8004140f, 0x80042f09]);

export type ErrorKind = "permission" | "failed";

export interface PanelError {
  kind: ErrorKind;
  message: string;
}

/** Xrm.WebApi rejects with { errorCode, message } (errorCode signed or unsigned); anything else is a failure. */
export function classify(error: unknown): PanelError {
  const e = (typeof error === "object" && error !== null ? error : {}) as { errorCode?: unknown; message?: unknown; status?: unknown };
  const message = typeof e.message === "string" && e.message.length > 0 ? e.message : String(error);
  const code = typeof e.errorCode === "number" ? e.errorCode >>> 0 : undefined;
  const forbidden = (code !== undefined && permissionCodes.has(code)) || e.status === 403;
  return { kind: forbidden ? "permission" : "failed", message };
}
