namespace DataverseSharing.Integration.Cli;

/// <summary>
/// A failure the console reports as one line on stderr with its exit code. Commands throw it instead of
/// printing, so the one place that prints (<see cref="CommandRunner"/>) keeps the format uniform.
/// </summary>
public sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException(int exitCode, string message, Exception inner)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    public static CliException NotFound(string message) => new(ExitCodes.NotFound, message);

    public static CliException Invalid(string message) => new(ExitCodes.InvalidInput, message);
}
