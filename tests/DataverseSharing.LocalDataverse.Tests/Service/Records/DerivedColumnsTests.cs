using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Records;

/// <summary>Create and CreateMultiple (its bulk path: no steps, no security roles) store the same row for the same target.</summary>
public sealed class DerivedColumnsTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    public static TheoryData<string, string?, string?> Names() => new()
    {
        { "contact", "Ada", "Lovelace" },
        { "contact", null, "Lovelace" },
        { "contact", "Ada", null },
        { "systemuser", "Grace", "Hopper" },
    };

    [Fact]
    public void CreateMultiple_Contact_FullNameComposedAsCreateDoes()
    {
        var ids = (Guid[])engine.Service.Execute(new CreateMultipleRequest { Targets = Collection(Contact("Ada", "Lovelace")) })["Ids"]!;

        Assert.Equal("Ada Lovelace", engine.Service.Retrieve("contact", ids[0], new ColumnSet("fullname"))["fullname"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CreateMultiple_SameTargetAsCreate_StoresTheSameColumns(string table, string? first, string? last)
    {
        var single = engine.Service.Create(Person(table, first, last));
        var bulk = ((Guid[])engine.Service.Execute(new CreateMultipleRequest { Targets = Collection(Person(table, first, last)) })["Ids"]!)[0];

        Assert.Equal(Stored(table, single), Stored(table, bulk));
    }

    private static Entity Contact(string? first, string? last) => Person("contact", first, last);

    private static Entity Person(string table, string? first, string? last)
    {
        var entity = new Entity(table);
        if (first is not null)
        {
            entity["firstname"] = first;
        }

        if (last is not null)
        {
            entity["lastname"] = last;
        }

        if (table == "systemuser")
        {
            entity["domainname"] = $"{first}.{last}.{Guid.NewGuid():N}@contoso.test";
        }

        return entity;
    }

    private static EntityCollection Collection(params Entity[] rows) => new(rows) { EntityName = rows[0].LogicalName };

    // Every stored column but those that differ by nature between two rows: the id, the version, a unique domain name.
    private SortedDictionary<string, string> Stored(string table, Guid id)
    {
        var row = engine.Service.Retrieve(table, id, new ColumnSet(true));
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in row.Attributes)
        {
            if (name is "versionnumber" or "domainname" || name == table + "id")
            {
                continue;
            }

            values[name] = value switch
            {
                EntityReference reference => $"{reference.LogicalName}:{reference.Id:D}",
                OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
            };
        }

        return values;
    }
}
