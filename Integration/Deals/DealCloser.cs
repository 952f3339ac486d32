using DataverseSharing.Integration.Cli;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.Integration.Deals;

/// <summary>
/// Closes a deal as won or lost the way the form's Close dialog does: WinOpportunity or LoseOpportunity with an
/// opportunityclose activity holding the notes. A competitor named with the close joins the deal's competitors in
/// the same ExecuteTransaction, so a kill leaves either both or neither. The outcome step then recounts the
/// statistics of the deal's practices.
/// </summary>
public static class DealCloser
{
    /// <summary>Status reasons of the closed states (opportunity's statuscode).</summary>
    public const int StatusWon = 3;
    public const int StatusCanceled = 4;
    public const int StatusOutSold = 5;

    /// <exception cref="CliException">The deal is already closed (exit 3).</exception>
    public static void Close(IOrganizationService service, Entity deal, bool won, string? competitor, string? notes)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(deal);
        var name = deal.GetAttributeValue<string>(OpportunitySchema.Name) ?? deal.Id.ToString("D");
        var state = deal.GetAttributeValue<OptionSetValue>(OpportunitySchema.StateCode)?.Value ?? OpportunitySchema.StateOpen;
        if (state != OpportunitySchema.StateOpen)
        {
            throw CliException.Invalid($"\"{name}\" is already closed as {(state == OpportunitySchema.StateWon ? "Won" : "Lost")}; only an open deal can be closed.");
        }

        var requests = new OrganizationRequestCollection();
        if (CompetitorsWith(deal, competitor) is { } competitors)
        {
            requests.Add(new UpdateRequest { Target = new Entity(OpportunitySchema.Table, deal.Id) { [OpportunitySchema.Competitors] = competitors } });
        }

        var close = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference(OpportunitySchema.Table, deal.Id),
            ["subject"] = Truncate($"{(won ? "Won" : "Lost")}: {name}", 200),
        };
        var description = string.Join("\n", new[] { competitor is null ? null : (won ? "Against: " : "Lost to: ") + competitor, notes }.Where(t => !string.IsNullOrWhiteSpace(t)));
        if (description.Length > 0)
        {
            close["description"] = Truncate(description, 2000);
        }

        requests.Add(won
            ? new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(StatusWon) }
            : new LoseOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(competitor is null ? StatusCanceled : StatusOutSold) });
        service.Execute(new ExecuteTransactionRequest { Requests = requests });
    }

    // The deal's competitor list with the named one added, or null when it is already there (or none is named).
    private static string? CompetitorsWith(Entity deal, string? competitor)
    {
        if (string.IsNullOrWhiteSpace(competitor))
        {
            return null;
        }

        var current = ValueList.Split(deal.GetAttributeValue<string>(OpportunitySchema.Competitors));
        return current.Contains(competitor.Trim(), StringComparer.OrdinalIgnoreCase) ? null : ValueList.Join(current.Append(competitor.Trim()).ToList());
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
