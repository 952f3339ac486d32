using DataverseSharing.LocalDataverse.Query.Fetch;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchValueTypesTests
{
    [Fact]
    public void GetValueType_AsksTheFunctionWithEntityAndAttribute()
    {
        var asked = new List<(string, string)>();
        IFetchValueTypes types = new FetchValueTypes((entity, attribute) =>
        {
            asked.Add((entity, attribute));
            return attribute == "accountid" ? typeof(Guid) : null;
        });

        Assert.Equal(typeof(Guid), types.GetValueType("account", "accountid"));
        Assert.Null(types.GetValueType("account", "other"));
        Assert.Equal([("account", "accountid"), ("account", "other")], asked);
    }

    [Fact]
    public void Constructor_NullFunction_IsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => new FetchValueTypes(null!));
    }
}
