using DataverseSharing.Integration.Cli;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Connection;

/// <summary>
/// Finds the systemuser --as names: by id, else by full name or sign-in name (domainname), compared without regard
/// to case as Dataverse compares them. Unknown or ambiguous names fail with exit code 2, naming what was asked for.
/// </summary>
public static class UserFinder
{
    private const int Shown = 5;

    public static Guid Find(IOrganizationService service, string text)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw CliException.Usage("--as needs a user: a full name, a sign-in name or an id.");
        }

        text = text.Trim();
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("fullname", "domainname"), TopCount = Shown + 1 };
        var any = new FilterExpression(LogicalOperator.Or);
        any.AddCondition("fullname", ConditionOperator.Equal, text);
        any.AddCondition("domainname", ConditionOperator.Equal, text);
        if (Guid.TryParse(text, out var id))
        {
            any.AddCondition("systemuserid", ConditionOperator.Equal, id);
        }

        query.Criteria.AddFilter(any);
        query.AddOrder("fullname", OrderType.Ascending);
        var matches = service.RetrieveMultiple(query).Entities;
        return matches.Count switch
        {
            1 => matches[0].Id,
            0 => throw CliException.NotFound($"--as: no user is named \"{text}\" (give a full name, a sign-in name or an id)."),
            _ => throw CliException.NotFound($"--as: \"{text}\" names several users: {string.Join("; ", matches.Take(Shown).Select(Describe))}{(matches.Count > Shown ? "; ..." : string.Empty)}. Use the sign-in name or the id."),
        };
    }

    private static string Describe(Entity user) =>
        $"{user.GetAttributeValue<string>("fullname")} <{user.GetAttributeValue<string>("domainname")}> ({user.Id:D})";
}
