using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Deals;

namespace DataverseSharing.Integration.Cli;

/// <summary>What every command gets: where to write, how to reach the org, and what time it is.</summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, IConnectionFactory connections, TimeProvider? clock = null)
    {
        Output = output;
        Error = error;
        Connections = connections;
        Clock = clock ?? TimeProvider.System;
        WebApiConnections = new WebApiConnectionFactory(error);
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IConnectionFactory Connections { get; }

    public TimeProvider Clock { get; }

    /// <summary>How commands reach an org named by --connection or --profile (the Web API).</summary>
    public IConnectionFactory WebApiConnections { get; init; }

    /// <summary>The command line's --connection, or null; set when the command line is parsed.</summary>
    public string? ConnectionString { get; internal set; }

    /// <summary>The command line's --profile, or null; set when the command line is parsed.</summary>
    public string? Profile { get; internal set; }

    /// <summary>The user the command line's --as names, or null; set when the command line is parsed.</summary>
    public string? ActAs { get; internal set; }

    /// <summary>How often <c>suggest --watch</c> polls the deal.</summary>
    public TimeSpan WatchInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether a command runs the asynchronous steps it queued before it exits (<c>--no-wait</c> turns it off).</summary>
    public bool WaitForAsyncWork { get; set; } = true;

    /// <summary>Whether stderr is a terminal, so progress may animate there (a spinner); never for redirected output.</summary>
    public bool Interactive { get; init; }

    /// <summary>How <c>deal update</c> retries when another writer changed the deal first.</summary>
    public DealUpdateRetry UpdateRetry { get; init; } = DealUpdateRetry.Default;
}
