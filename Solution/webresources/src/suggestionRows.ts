// The dvs_practicesuggestion rows of a deal and the rep's feedback on them: the columns and status values the
// console's `suggestion apply|dismiss|rate` writes (Integration/Deals/SuggestionFeedback.cs), one Update each.

export const StatusSuggested = 1;
export const StatusDismissed = 2;
export const StatusApplied = 617420000;
const StateActive = 0;
const StateInactive = 1;
export const MaxReasonLength = 500;

export interface SuggestionRow {
  id: string;
  practiceId: string;
  status: number;
  rating: number | null;
  dismissReason: string | null;
}

const table = "dvs_practicesuggestion";

function normalizeGuid(id: string): string {
  return id.replace(/[{}]/g, "").toLowerCase();
}

/** The deal's suggestion rows, keyed by practice id. */
export async function loadRows(api: Xrm.WebApi, opportunityId: string): Promise<Map<string, SuggestionRow>> {
  const deal = normalizeGuid(opportunityId);
  const result = await api.retrieveMultipleRecords(
    table,
    "?$select=dvs_practicesuggestionid,_dvs_bestpracticeid_value,statuscode,dvs_rating,dvs_dismissreason" +
      `&$filter=_dvs_opportunityid_value eq ${deal}`,
  );
  const rows = new Map<string, SuggestionRow>();
  for (const e of result.entities) {
    const practice = e["_dvs_bestpracticeid_value"];
    if (typeof practice !== "string") {
      continue;
    }
    rows.set(normalizeGuid(practice), {
      id: normalizeGuid(String(e["dvs_practicesuggestionid"])),
      practiceId: normalizeGuid(practice),
      status: typeof e["statuscode"] === "number" ? e["statuscode"] : StatusSuggested,
      rating: typeof e["dvs_rating"] === "number" ? e["dvs_rating"] : null,
      dismissReason: typeof e["dvs_dismissreason"] === "string" ? e["dvs_dismissreason"] : null,
    });
  }
  return rows;
}

export async function apply(api: Xrm.WebApi, row: SuggestionRow): Promise<void> {
  await api.updateRecord(table, row.id, { statecode: StateActive, statuscode: StatusApplied });
}

export async function dismiss(api: Xrm.WebApi, row: SuggestionRow, reason: string): Promise<void> {
  const text = reason.trim();
  if (text.length === 0 || text.length > MaxReasonLength) {
    throw new RangeError(`A reason of 1 to ${MaxReasonLength} characters is needed.`);
  }
  await api.updateRecord(table, row.id, { statecode: StateInactive, statuscode: StatusDismissed, dvs_dismissreason: text });
}

export async function rate(api: Xrm.WebApi, row: SuggestionRow, stars: number): Promise<void> {
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
    throw new RangeError("A rating is 1 to 5 stars.");
  }
  await api.updateRecord(table, row.id, { dvs_rating: stars });
}
