using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Practices;
using DataverseSharing.Integration.Suggestions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Commands;

/// <summary>practices list: the library, filtered by topic and status.</summary>
public static class PracticesListCommand
{
    public static Command Build(CliContext context, Option<string?> org)
    {
        var topic = PracticeFilters.Topic();
        var status = PracticeFilters.Status();
        var json = CommonOptions.Json();
        var command = new Command("list", "List practices, optionally by topic and status.\n" +
            "Example: dataverse-sharing practices list --topic Negotiation --status Approved")
        {
            topic, status, json,
        };
        command.SetAction((parse, _) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
        {
            var practices = PracticeLibrary.Load(connection.Service, parse.GetValue(status), parse.GetValue(topic));
            if (parse.GetValue(json))
            {
                var contributors = PracticeContributors.All(connection.Service);
                context.Output.WriteLine(new JArray(practices.Select(p => PracticeListJson.Item(p, contributors))).ToString(Formatting.Indented));
                return Task.FromResult(ExitCodes.Success);
            }

            foreach (var p in practices)
            {
                context.Output.WriteLine($"{p.Key ?? "(no key)",-12} {p.Practice.Status,-9} {Topics.Label(p.Practice.Topic),-30} {p.Practice.Title}");
            }

            context.Output.WriteLine($"{practices.Count} practice(s).");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
