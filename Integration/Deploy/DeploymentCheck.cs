using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Deploy;

/// <summary>
/// Proves what an import reported: every step of the solution is a registered, enabled sdkmessageprocessingstep
/// (statecode 0), and every custom API is registered and dvs_SuggestPractices answers a well-formed response.
/// Dataverse's tools have reported success for imports whose new steps never got registered; this is the check.
/// </summary>
public static class DeploymentCheck
{
    public const string SuggestPractices = "dvs_SuggestPractices";

    /// <summary>The problems found, one line each; empty when everything is in place.</summary>
    public static IReadOnlyList<string> Run(IOrganizationService service, PackageContents contents)
    {
        var problems = new List<string>();
        var registered = Steps(service, contents.Steps.Select(s => s.Id).ToList());
        foreach (var (id, name) in contents.Steps)
        {
            if (!registered.TryGetValue(id, out var state))
            {
                problems.Add($"step '{name}' ({id:D}) is not registered");
            }
            else if (state != 0)
            {
                problems.Add($"step '{name}' ({id:D}) is registered but disabled (statecode {state})");
            }
        }

        foreach (var api in contents.CustomApis)
        {
            if (Problem(service, api) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private static Dictionary<Guid, int> Steps(IOrganizationService service, IReadOnlyList<Guid> ids)
    {
        var found = new Dictionary<Guid, int>();
        foreach (var chunk in ids.Chunk(100))
        {
            var query = new QueryExpression("sdkmessageprocessingstep") { ColumnSet = new ColumnSet("statecode") };
            query.Criteria.AddCondition("sdkmessageprocessingstepid", ConditionOperator.In, chunk.Cast<object>().ToArray());
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                found[row.Id] = row.GetAttributeValue<OptionSetValue>("statecode")?.Value ?? 0;
            }
        }

        return found;
    }

    private static string? Problem(IOrganizationService service, string api)
    {
        var query = new QueryExpression("customapi") { ColumnSet = new ColumnSet("uniquename"), TopCount = 1 };
        query.Criteria.AddCondition("uniquename", ConditionOperator.Equal, api);
        if (service.RetrieveMultiple(query).Entities.Count == 0)
        {
            return $"custom API '{api}' is not registered";
        }

        if (!string.Equals(api, SuggestPractices, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var response = service.Execute(new OrganizationRequest(SuggestPractices) { ["DealJson"] = "{\"name\":\"Deployment check\"}", ["Top"] = 1 });
            var text = response.Results.TryGetValue("SuggestionsJson", out var value) ? value as string : null;
            return text is not null && JToken.Parse(text) is JObject or JArray ? null : $"custom API '{api}' answered without a SuggestionsJson document";
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return $"custom API '{api}' answered SuggestionsJson that is not JSON: {e.Message}";
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault> e)
        {
            return $"custom API '{api}' failed: {e.Detail?.Message ?? e.Message}";
        }
    }
}
