// The shape dvs_SuggestPractices returns in SuggestionsJson (the same as `suggest --json`, docs/console.md).
// Parsed defensively: a field of the wrong type fails the parse, so the panel shows its error state, not garbage.

export interface Reason {
  factor: string;
  text: string;
  contribution: number;
}

export interface RankedPractice {
  rank: number;
  practiceId: string;
  practiceKey: string | null;
  title: string;
  topic: string | null;
  score: number;
  reasons: Reason[];
}

export interface Suggestions {
  opportunityId: string | null;
  name: string;
  stage: string | null;
  libraryCount: number;
  suggestions: RankedPractice[];
  requested: number;
  eligibleCount: number;
  note: string | null;
}

export class SuggestionsFormatError extends Error {}

function need<T>(value: unknown, check: (v: unknown) => boolean, what: string): T {
  if (!check(value)) {
    throw new SuggestionsFormatError(`SuggestionsJson: ${what} is missing or of the wrong type.`);
  }
  return value as T;
}

const isString = (v: unknown): boolean => typeof v === "string";
const isNumber = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v);
const isStringOrNull = (v: unknown): boolean => v === null || v === undefined || typeof v === "string";

export function parseSuggestions(json: string): Suggestions {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    throw new SuggestionsFormatError("SuggestionsJson is not JSON.");
  }
  const o = need<Record<string, unknown>>(root, (v) => typeof v === "object" && v !== null, "the object");
  const list = need<unknown[]>(o.suggestions, Array.isArray, "suggestions");
  return {
    opportunityId: need<string | null>(o.opportunityId, isStringOrNull, "opportunityId") ?? null,
    name: need<string>(o.name, isString, "name"),
    stage: need<string | null>(o.stage, isStringOrNull, "stage") ?? null,
    libraryCount: need<number>(o.libraryCount, isNumber, "libraryCount"),
    requested: need<number>(o.requested, isNumber, "requested"),
    eligibleCount: need<number>(o.eligibleCount, isNumber, "eligibleCount"),
    note: need<string | null>(o.note, isStringOrNull, "note") ?? null,
    suggestions: list.map((item, i) => {
      const s = need<Record<string, unknown>>(item, (v) => typeof v === "object" && v !== null, `suggestions[${i}]`);
      const reasons = need<unknown[]>(s.reasons, Array.isArray, `suggestions[${i}].reasons`);
      return {
        rank: need<number>(s.rank, isNumber, `suggestions[${i}].rank`),
        practiceId: need<string>(s.practiceId, isString, `suggestions[${i}].practiceId`).toLowerCase(),
        practiceKey: need<string | null>(s.practiceKey, isStringOrNull, `suggestions[${i}].practiceKey`) ?? null,
        title: need<string>(s.title, isString, `suggestions[${i}].title`),
        topic: need<string | null>(s.topic, isStringOrNull, `suggestions[${i}].topic`) ?? null,
        score: need<number>(s.score, isNumber, `suggestions[${i}].score`),
        reasons: reasons.map((r, j) => {
          const reason = need<Record<string, unknown>>(r, (v) => typeof v === "object" && v !== null, `suggestions[${i}].reasons[${j}]`);
          return {
            factor: need<string>(reason.factor, isString, `suggestions[${i}].reasons[${j}].factor`),
            text: need<string>(reason.text, isString, `suggestions[${i}].reasons[${j}].text`),
            contribution: need<number>(reason.contribution, isNumber, `suggestions[${i}].reasons[${j}].contribution`),
          };
        }),
      };
    }),
  };
}
