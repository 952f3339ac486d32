using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>One FetchXML condition operator: its name, the SDK operator it maps to and the values it takes.</summary>
/// <param name="Name">The FetchXML name (the condition's operator attribute).</param>
/// <param name="Operator">The <see cref="ConditionOperator"/> Dataverse maps it to.</param>
/// <param name="Arity">How many values it takes.</param>
/// <param name="Kind">The type of those values.</param>
internal sealed record FetchOperatorInfo(string Name, ConditionOperator Operator, FetchValueArity Arity, FetchValueKind Kind);
