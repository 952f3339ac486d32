using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Demo;

namespace DataverseSharing.Integration.Commands;

/// <summary>init: creates the embedded org, empty or with the demo data.</summary>
public static class InitCommand
{
    public static Command Build(CliContext context, Option<string?> org)
    {
        var demo = new Option<bool>("--demo") { Description = "Seed the demo org: business units, users, accounts, opportunities, practices and feedback" };
        var practices = NumericOptions.Integer(
            "--practices", $"Approved practices in the demo library (default {DemoPractices.BaseCount}; more adds generated regional variants)", 1, 1_000_000, DemoPractices.BaseCount);
        var seed = NumericOptions.Integer("--seed", "Seed of the demo generator (same seed, same org)", int.MinValue, int.MaxValue, DemoOptions.DefaultSeed);
        var force = new Option<bool>("--force") { Description = "Replace an existing org file" };
        var command = new Command("init", "Create the embedded org (empty, or seeded with --demo).\nExample: dataverse-sharing init --demo --practices 10000 --force")
        {
            demo, practices, seed, force,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(context, () =>
        {
            if (context.Connections is not EmbeddedConnectionFactory embedded)
            {
                throw CliException.Usage("init creates the embedded LocalDataverse org; it does not apply to this connection.");
            }

            var options = parse.GetValue(demo) ? new DemoOptions { Practices = parse.GetValue(practices), Seed = parse.GetValue(seed), Clock = context.Clock } : null;
            using var connection = embedded.Create(new OrgOptions(parse.GetValue(org)), parse.GetValue(force), options);
            context.Output.WriteLine(options is null ? $"Created an empty org at {connection.Description}." : $"Created the demo org at {connection.Description}.");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
