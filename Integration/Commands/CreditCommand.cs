using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Commands;

/// <summary>
/// credit list: each contributor's credit, as the package keeps it in dvs_contributorcredit. The read runs as the
/// caller, so the roles decide what it shows: a contributor sees their own row, a Practice Approver their business
/// unit and the units below it, a Practice Administrator everyone.
/// </summary>
public static class CreditCommand
{
    private const int PageSize = 5000;

    private static readonly string[] Columns =
    {
        ContributorCreditSchema.User, ContributorCreditSchema.Name, ContributorCreditSchema.PracticesContributed, ContributorCreditSchema.DealsTagged,
        ContributorCreditSchema.TimesApplied, ContributorCreditSchema.AppliedWins,
    };

    public static Command Build(CliContext context, Option<string?> org) =>
        new("credit", "Contribution credit per user: practices contributed, deals tagged, times others applied them, and those deals' wins.\n" +
            "Example: dataverse-sharing credit list --as \"Dana Whitfield\"")
        {
            List(context, org),
        };

    private static Command List(CliContext context, Option<string?> org)
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List each contributor's credit, most practices first (what your roles let you read).\n" +
            "Example: dataverse-sharing credit list --json")
        {
            json,
        };
        command.SetAction((parse, _) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
        {
            var rows = Read(connection.Service);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(new JArray(rows.Select(ToJson)).ToString(Formatting.Indented));
                return Task.FromResult(ExitCodes.Success);
            }

            context.Output.WriteLine($"{"Contributor",-30} {"Practices",9} {"Tagged",6} {"Applied",7} {"Wins",5}");
            foreach (var row in rows)
            {
                context.Output.WriteLine($"{Clip(Name(row), 30),-30} {Count(row, ContributorCreditSchema.PracticesContributed),9} {Count(row, ContributorCreditSchema.DealsTagged),6} " +
                    $"{Count(row, ContributorCreditSchema.TimesApplied),7} {Count(row, ContributorCreditSchema.AppliedWins),5}");
            }

            context.Output.WriteLine($"{rows.Count} contributor(s).");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static List<Entity> Read(IOrganizationService service)
    {
        var query = new QueryExpression(ContributorCreditSchema.Table)
        {
            ColumnSet = new ColumnSet(Columns),
            PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 },
        };
        var rows = new List<Entity>();
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        // Sorted here, not by the query: a tie needs the name, and names compare as people read them.
        return rows
            .OrderByDescending(r => Count(r, ContributorCreditSchema.PracticesContributed))
            .ThenByDescending(r => Count(r, ContributorCreditSchema.TimesApplied))
            .ThenBy(Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    private static JObject ToJson(Entity row) => new()
    {
        ["userId"] = row.GetAttributeValue<EntityReference>(ContributorCreditSchema.User)?.Id.ToString("D"),
        ["name"] = Name(row),
        ["practicesContributed"] = Count(row, ContributorCreditSchema.PracticesContributed),
        ["dealsTagged"] = Count(row, ContributorCreditSchema.DealsTagged),
        ["timesApplied"] = Count(row, ContributorCreditSchema.TimesApplied),
        ["appliedWins"] = Count(row, ContributorCreditSchema.AppliedWins),
    };

    private static string Name(Entity row) => row.GetAttributeValue<string>(ContributorCreditSchema.Name) ?? string.Empty;

    private static int Count(Entity row, string column) => row.GetAttributeValue<int?>(column) ?? 0;

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
