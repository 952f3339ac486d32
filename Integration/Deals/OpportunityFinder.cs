using System.ServiceModel;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Deals;

/// <summary>
/// Finds the opportunity a command names: by id, else by name (case-insensitive, exact first, then a unique
/// partial match). Ambiguous or unknown names fail with exit code 2 and up to five near matches. The user's text
/// is matched literally: its <c>%</c>, <c>_</c> and <c>[</c> are escaped, not wildcards.
/// </summary>
public static class OpportunityFinder
{
    /// <summary>The MaxLength of opportunity.name in Dataverse: no longer text can name, or be part of, a name.</summary>
    public const int NameMaxLength = 300;

    private const int NearMatches = 5;

    /// <summary>Why the text cannot name an opportunity (blank, or longer than a name can be), or null when it can.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "The opportunity name is empty: give its name, a unique part of it, or its id.";
        }

        return text.Trim().Length > NameMaxLength
            ? $"The opportunity name {EchoedValue.Of(text)} is longer than an opportunity name can be ({NameMaxLength} characters)."
            : null;
    }

    public static Entity Find(IOrganizationService service, string text, ColumnSet columns)
    {
        if (Problem(text) is { } problem)
        {
            throw CliException.Usage(problem);
        }

        text = text.Trim();
        if (Guid.TryParse(text, out var id))
        {
            try
            {
                return service.Retrieve(OpportunitySchema.Table, id, columns);
            }
            catch (FaultException<OrganizationServiceFault> e) when (e.Detail?.ErrorCode == unchecked((int)0x80040217))
            {
                throw CliException.NotFound($"No opportunity has the id {id:D}.");
            }
        }

        var exact = Query(service, columns, ConditionOperator.Equal, text, NearMatches + 1);
        if (exact.Count == 1)
        {
            return exact[0];
        }

        if (exact.Count > 1)
        {
            throw Ambiguous(text, exact);
        }

        var partial = Query(service, columns, ConditionOperator.Like, LikePattern.Containing(text), NearMatches + 1);
        if (partial.Count == 1)
        {
            return partial[0];
        }

        if (partial.Count > 1)
        {
            throw Ambiguous(text, partial);
        }

        var near = NearByWords(service, text);
        var hint = near.Count == 0 ? " No opportunity name contains any of its words." : " Near matches: " + string.Join("; ", near.Select(Describe)) + ".";
        throw CliException.NotFound($"No opportunity is named \"{text}\".{hint}");
    }

    private static CliException Ambiguous(string text, IReadOnlyList<Entity> matches)
    {
        var shown = matches.Take(NearMatches).Select(Describe);
        var more = matches.Count > NearMatches ? "; ..." : string.Empty;
        return CliException.NotFound($"\"{text}\" matches several opportunities: {string.Join("; ", shown)}{more}. Use the full name or the id.");
    }

    private static string Describe(Entity row) => $"{row.GetAttributeValue<string>(OpportunitySchema.Name)} ({row.Id:D})";

    private static List<Entity> Query(IOrganizationService service, ColumnSet columns, ConditionOperator op, string value, int top)
    {
        var query = new QueryExpression(OpportunitySchema.Table) { ColumnSet = columns, TopCount = top };
        query.Criteria.AddCondition(OpportunitySchema.Name, op, value);
        query.AddOrder(OpportunitySchema.Name, OrderType.Ascending);
        return service.RetrieveMultiple(query).Entities.ToList();
    }

    // Names containing any of the words (three letters or more), those containing the most words first.
    private static List<Entity> NearByWords(IOrganizationService service, string text)
    {
        var words = text.Split(new[] { ' ', '-', ',', '.' }, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count == 0)
        {
            return new List<Entity>();
        }

        var query = new QueryExpression(OpportunitySchema.Table) { ColumnSet = new ColumnSet(OpportunitySchema.Name), TopCount = 200 };
        var any = new FilterExpression(LogicalOperator.Or);
        foreach (var word in words)
        {
            any.AddCondition(OpportunitySchema.Name, ConditionOperator.Like, LikePattern.Containing(word));
        }

        query.Criteria.AddFilter(any);
        return service.RetrieveMultiple(query).Entities
            .OrderByDescending(e => words.Count(w => e.GetAttributeValue<string>(OpportunitySchema.Name)?.Contains(w, StringComparison.OrdinalIgnoreCase) == true))
            .ThenBy(e => e.GetAttributeValue<string>(OpportunitySchema.Name), StringComparer.OrdinalIgnoreCase)
            .Take(NearMatches)
            .ToList();
    }
}
