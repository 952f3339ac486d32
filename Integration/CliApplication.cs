using System.CommandLine;
using System.CommandLine.Invocation;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Commands;

namespace DataverseSharing.Integration;

/// <summary>Composes the commands into the root command; Program.cs and the tests both run through it.</summary>
public static class CliApplication
{
    public static RootCommand BuildRoot(CliContext context)
    {
        var org = CommonOptions.Org();
        var root = new RootCommand("DataverseSharing console: suggest approved best practices for a deal, work deals and manage the practice library.\n" +
            "Example: dataverse-sharing suggest \"Northwind Traders - Supply Chain Planning rollout\"")
        {
            org,
            InitCommand.Build(context, org),
            SuggestCommand.Build(context, org),
            DealCommand.Build(context, org),
            PracticesCommand.Build(context, org),
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
        var parsed = BuildRoot(context).Parse(args);

        // A usage error prints its message, not the whole help page: the line a script logs stays readable.
        if (parsed.Action is ParseErrorAction onError)
        {
            onError.ShowHelp = false;
        }

        return parsed.InvokeAsync(configuration, cancellation);
    }
}
