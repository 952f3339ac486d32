using System.Globalization;

namespace DataverseSharing.Testing.Faults;

/// <summary>
/// The seeds kill tests draw their kill moments from: a fresh base seed per test run, so runs explore different
/// moments, or the one in DVS_KILL_SEED, so a failure (whose message names the base) replays the same seeds.
/// </summary>
public static class KillSeed
{
    public const string Variable = "DVS_KILL_SEED";

    public static int Base { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Random.Shared.Next(1, int.MaxValue / 2);

    /// <summary>The seed of the <paramref name="index"/>th case of a test.</summary>
    public static int For(int index) => unchecked(Base + (index * 7919));
}
