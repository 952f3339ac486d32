using System.CommandLine;
using System.CommandLine.Parsing;
using DataverseSharing.Integration.Deals;

namespace DataverseSharing.Integration.Cli;

/// <summary>
/// The &lt;opportunity&gt; argument of suggest and the deal commands. A blank name, or one longer than an
/// opportunity name can be, is a usage error found while parsing: it could never name a deal, so the org is not
/// opened or queried for it.
/// </summary>
public static class OpportunityArgument
{
    private const string Description = "The opportunity's name (case-insensitive, or a unique part of it) or id";

    public static Argument<string> Required()
    {
        var argument = new Argument<string>("opportunity") { Description = Description };
        argument.Validators.Add(Validate);
        return argument;
    }

    public static Argument<string?> Optional()
    {
        var argument = new Argument<string?>("opportunity") { Description = Description, Arity = ArgumentArity.ZeroOrOne };
        argument.Validators.Add(Validate);
        return argument;
    }

    private static void Validate(ArgumentResult result)
    {
        if (result.Tokens.Count > 0 && OpportunityFinder.Problem(result.Tokens[0].Value) is { } problem)
        {
            result.AddError(problem);
        }
    }
}
