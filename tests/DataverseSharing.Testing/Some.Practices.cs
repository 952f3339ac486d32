using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Testing;

/// <summary>
/// The practice and deal entry points of the shared <c>Some.*</c> test-data vocabulary. Partial so that each test
/// area adds its own <c>Some.*</c> members in its own file; the full practice set lives in <see cref="SomePractices"/>.
/// </summary>
public static partial class Some
{
    public static PracticeBuilder Practice(string id = "practice-001") => SomePractices.Practice(id);

    public static DealContextBuilder Deal() => SomePractices.Deal();
}
