using DataverseSharing.Integration.Writing;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Tests.Writing;

public sealed class StoredRowComparerTests
{
    private static readonly Guid Id = new("3eb933eb-f35f-46b1-a163-f6e16a2dff59");

    [Fact]
    public void WouldChange_SameValuesAsTheServiceReturnsThem_IsFalse()
    {
        var wanted = Row(("name", "Anchor on value"), ("summary", ""), ("topic", new OptionSetValue(3)), ("stages", new OptionSetValueCollection { new(2), new(0) }),
            ("reviewon", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Unspecified)), ("score", 12.5m), ("source", new EntityReference("opportunity", Id)), ("empty", null));
        var stored = Row(("name", "Anchor on value"), ("topic", new OptionSetValue(3)), ("stages", new OptionSetValueCollection { new(0), new(2) }),
            ("reviewon", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc)), ("score", 12.5000m), ("source", new EntityReference("opportunity", Id)), ("version", 7));

        Assert.False(StoredRowComparer.WouldChange(wanted, stored));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("topic")]
    [InlineData("stages")]
    [InlineData("reviewon")]
    [InlineData("score")]
    [InlineData("source")]
    public void WouldChange_OneColumnDiffers_IsTrue(string column)
    {
        var stored = Row(("name", "Anchor on value"), ("topic", new OptionSetValue(3)), ("stages", new OptionSetValueCollection { new(0), new(2) }),
            ("reviewon", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc)), ("score", 12.5m), ("source", new EntityReference("opportunity", Id)));
        var wanted = Row(("name", "Anchor on value"), ("topic", new OptionSetValue(3)), ("stages", new OptionSetValueCollection { new(0), new(2) }),
            ("reviewon", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc)), ("score", 12.5m), ("source", new EntityReference("opportunity", Id)));
        wanted[column] = column switch
        {
            "name" => "Anchor on value!",
            "topic" => new OptionSetValue(4),
            "stages" => new OptionSetValueCollection { new(0) },
            "reviewon" => new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc),
            "score" => 12.6m,
            _ => new EntityReference("opportunity", Guid.NewGuid()),
        };

        Assert.True(StoredRowComparer.WouldChange(wanted, stored));
    }

    [Fact]
    public void WouldChange_ValueWhereNoneIsStored_IsTrue()
    {
        Assert.True(StoredRowComparer.WouldChange(Row(("summary", "now there is one")), Row(("name", "x"))));
    }

    [Fact]
    public void WouldChange_NoValueWhereOneIsStored_IsTrue()
    {
        Assert.True(StoredRowComparer.WouldChange(Row(("summary", null)), Row(("summary", "was there"))));
    }

    private static Entity Row(params (string Name, object? Value)[] columns)
    {
        var row = new Entity("dvs_bestpractice", Id);
        foreach (var (name, value) in columns)
        {
            row[name] = value;
        }

        return row;
    }
}
