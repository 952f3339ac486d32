using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Commands;

namespace DataverseSharing.Integration;

/// <summary>Composes the commands into the root command; Program.cs and the tests both run through it.</summary>
public static class CliApplication
{
    public static RootCommand BuildRoot(CliContext context) => BuildRoot(context, CommonOptions.As());

    private static RootCommand BuildRoot(CliContext context, Option<string?> actAs)
    {
        var org = CommonOptions.Org();
        var noWait = CommonOptions.NoWait();
        var root = new RootCommand("DataverseSharing console: suggest approved best practices for a deal, work deals and manage the practice library.\n" +
            "Example: dataverse-sharing suggest \"Northwind Traders - Supply Chain Planning rollout\"")
        {
            org,
            actAs,
            noWait,
            CommonOptions.Connection(),
            CommonOptions.Profile(),
            InitCommand.Build(context, org),
            SuggestCommand.Build(context, org),
            DealCommand.Build(context, org),
            PracticesCommand.Build(context, org),
            SolutionCommand.Build(context),
            ServeCommand.Build(context, org),
            DeployCommand.Build(context, org),
            SuggestionCommand.Build(context, org),
            CreditCommand.Build(context, org),
        };
        return root;
    }

    /// <summary>Parses and runs a command line; returns the exit code.</summary>
    public static Task<int> RunAsync(CliContext context, string[] args, CancellationToken cancellation = default, TimeSpan? processTermination = null)
    {
        var configuration = new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            ProcessTerminationTimeout = processTermination,
        };
        // No response files: "@Acme" is an opportunity name a user may type, not a file of arguments to read.
        var actAs = CommonOptions.As();
        var parsed = BuildRoot(context, actAs).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

        // A usage error prints as every other error does (docs/console.md): one "error: " line per problem, exit
        // code 1, not the help page, so the line a script logs stays readable.
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var message in parsed.Errors.Select(e => CommandRunner.OneLine(e.Message)).Distinct(StringComparer.Ordinal))
            {
                context.Error.WriteLine("error: " + message);
            }

            return Task.FromResult(ExitCodes.Usage);
        }

        if (WhereError(parsed) is { } where)
        {
            context.Error.WriteLine("error: " + where);
            return Task.FromResult(ExitCodes.Usage);
        }

        context.ConnectionString = parsed.GetValue<string?>(CommonOptions.ConnectionName);
        context.Profile = parsed.GetValue<string?>(CommonOptions.ProfileName);
        context.ActAs = parsed.GetValue(actAs);
        context.WaitForAsyncWork = !parsed.GetValue<bool>(CommonOptions.NoWaitName);
        return parsed.InvokeAsync(configuration, cancellation);
    }

    /// <summary>
    /// --org, --connection and --profile each name the org; two of them would leave the command guessing. init
    /// builds an embedded file, so a Web API org does not apply to it.
    /// </summary>
    private static string? WhereError(ParseResult parsed)
    {
        var given = new[] { "--org", CommonOptions.ConnectionName, CommonOptions.ProfileName }
            .Where(name => parsed.GetResult(name) is OptionResult { Implicit: false })
            .ToList();
        if (given.Count > 1)
        {
            return $"{string.Join(" and ", given)} both name the org; --org, --connection and --profile exclude each other, give one.";
        }

        return given.Count == 1 && given[0] != "--org" && parsed.CommandResult.Command.Name == "init"
            ? $"init creates the embedded LocalDataverse org; it does not apply to {given[0]}."
            : null;
    }
}
