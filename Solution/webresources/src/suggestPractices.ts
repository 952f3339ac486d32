// Calling the custom API dvs_SuggestPractices (a global action) through Xrm.WebApi.online.execute.
import { parseSuggestions, Suggestions } from "./suggestionsJson";

export async function suggestPractices(api: Xrm.WebApi, opportunityId: string, top?: number): Promise<Suggestions> {
  const parameterTypes: Record<string, { typeName: string; structuralProperty: number }> = {
    OpportunityId: { typeName: "Edm.Guid", structuralProperty: 1 },
  };
  const request: Record<string, unknown> = {
    OpportunityId: { guid: opportunityId.replace(/[{}]/g, "").toLowerCase() },
    getMetadata: () => ({ boundParameter: null, parameterTypes, operationType: 0, operationName: "dvs_SuggestPractices" }),
  };
  if (top !== undefined) {
    request.Top = top;
    parameterTypes.Top = { typeName: "Edm.Int32", structuralProperty: 1 };
  }
  const response = await api.online.execute(request);
  if (!response.ok) {
    throw { errorCode: undefined, status: response.status, message: `dvs_SuggestPractices answered ${response.status} ${response.statusText}` };
  }
  const body = (await response.json()) as { SuggestionsJson?: unknown };
  if (typeof body.SuggestionsJson !== "string") {
    throw new Error("dvs_SuggestPractices answered without SuggestionsJson.");
  }
  return parseSuggestions(body.SuggestionsJson);
}
