using System.Security;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Query;

/// <summary>
/// Like and NotLike follow Dataverse's pattern syntax (SQL Server's): % and _ are wildcards, [...] a character set,
/// and a one-character set ([%], [_], [[]) the way to write that character literally. Both the QueryExpression and
/// the FetchXML paths are checked, since users of either write these patterns.
/// </summary>
public sealed class LikePatternTests : IDisposable
{
    private static readonly string[] AllNames = ["100% sure", "100 percent", "a_b", "axb", "[draft] plan", "draft plan", @"back\slash", "Bcd", "cde"];

    private readonly LocalEngine engine = new();

    public LikePatternTests()
    {
        foreach (var name in AllNames)
        {
            engine.CreateAccount(name);
        }
    }

    public void Dispose() => engine.Dispose();

    [Theory]
    [InlineData("%[%]%", new[] { "100% sure" })]
    [InlineData("a[_]b", new[] { "a_b" })]
    [InlineData("a_b", new[] { "a_b", "axb" })]
    [InlineData("[[]%", new[] { "[draft] plan" })]
    [InlineData("%] plan", new[] { "[draft] plan" })]
    [InlineData("100%", new[] { "100 percent", "100% sure" })]
    [InlineData(@"back\slash", new[] { @"back\slash" })]
    [InlineData(@"%\%", new[] { @"back\slash" })]
    [InlineData(@"%\", new string[0])]
    [InlineData("[a-b]%", new[] { "a_b", "axb", "back\\slash", "Bcd" })]
    [InlineData("[A-B]%", new[] { "a_b", "axb", "back\\slash", "Bcd" })]
    [InlineData("[^a-b1[]%", new[] { "cde", "draft plan" })]
    [InlineData("[bc]_[de]", new[] { "Bcd", "cde" })]
    [InlineData("a[x_]b", new[] { "a_b", "axb" })]
    [InlineData("%[*?]%", new string[0])]
    public void Like_SqlServerPatternSyntax_MatchesAsDataverse(string pattern, string[] expected)
    {
        Assert.Equal(Sorted(expected), Query(ConditionOperator.Like, pattern));
        Assert.Equal(Sorted(expected), Fetch("like", pattern));
    }

    [Theory]
    [InlineData("%[%]%")]
    [InlineData("[a-b]%")]
    [InlineData("a_b")]
    public void NotLike_AnyPattern_MatchesExactlyTheOthers(string pattern)
    {
        var matched = Query(ConditionOperator.Like, pattern);
        var expected = Sorted(AllNames.Except(matched).ToArray());

        Assert.Equal(expected, Query(ConditionOperator.NotLike, pattern));
        Assert.Equal(expected, Fetch("not-like", pattern));
    }

    [Theory]
    [InlineData("abc[", "without its closing ']'")]
    [InlineData("a[]b", "empty character set")]
    [InlineData("a[^]b", "empty character set")]
    public void Like_MalformedSet_FaultsNamingPatternAndColumn(string pattern, string expected)
    {
        var fault = LocalEngine.Fault(() => Query(ConditionOperator.Like, pattern));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains(expected, fault.Message, StringComparison.Ordinal);
        Assert.Contains($"'{pattern}'", fault.Message, StringComparison.Ordinal);
        Assert.Contains("'account.name'", fault.Message, StringComparison.Ordinal);
    }

    private static List<string> Sorted(string[] names) => names.OrderBy(n => n, StringComparer.Ordinal).ToList();

    private List<string> Query(ConditionOperator op, string pattern)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("name", op, pattern);
        return Names(engine.Service.RetrieveMultiple(query));
    }

    private List<string> Fetch(string op, string pattern) =>
        Names(engine.Service.RetrieveMultiple(new FetchExpression(
            $"<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='name' operator='{op}' value='{SecurityElement.Escape(pattern)}' /></filter></entity></fetch>")));

    private static List<string> Names(EntityCollection rows) =>
        rows.Entities.Select(e => e.GetAttributeValue<string>("name")!).OrderBy(n => n, StringComparer.Ordinal).ToList();
}
