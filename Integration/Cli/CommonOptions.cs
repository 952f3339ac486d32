using System.CommandLine;
using DataverseSharing.Integration.Connection;

namespace DataverseSharing.Integration.Cli;

/// <summary>Options several commands share, built fresh for each command so their help stays per command.</summary>
public static class CommonOptions
{
    /// <summary>--org: recursive on the root, so every command accepts it.</summary>
    public static Option<string?> Org() => new("--org")
    {
        Description = $"The LocalDataverse org file (default: ${OrgPathResolver.EnvironmentVariable}, else <local app data>/DataverseSharing/org.db)",
        Recursive = true,
    };

    /// <summary>--connection: recursive on the root; the org is a Dataverse environment reached over the Web API.</summary>
    public static Option<string?> Connection() => new(ConnectionName)
    {
        Description = "A Dataverse connection string (AuthType=...;Url=...; docs/connections.md), instead of --org",
        Recursive = true,
    };

    /// <summary>--profile: recursive on the root; a named connection from pac.config.</summary>
    public static Option<string?> Profile() => new(ProfileName)
    {
        Description = "A connection profile from pac.config (docs/connections.md), instead of --org",
        Recursive = true,
    };

    public const string ConnectionName = "--connection";

    public const string ProfileName = "--profile";

    /// <summary>--as: recursive on the root, so every command that opens the org can act as another user.</summary>
    public static Option<string?> As() => new("--as")
    {
        Description = "Act as this user (full name, sign-in name or id), with that user's roles; default: the administrator",
        Recursive = true,
    };

    /// <summary>--no-wait: recursive on the root; a command then exits without running the asynchronous steps it queued.</summary>
    public static Option<bool> NoWait() => new(NoWaitName)
    {
        Description = "Exit without waiting for the asynchronous steps the command queued (suggestions are then refreshed by a later command)",
        Recursive = true,
    };

    public const string NoWaitName = "--no-wait";

    public static Option<bool> Json() => new("--json") { Description = "Write JSON (the documented shape) instead of text" };
}
