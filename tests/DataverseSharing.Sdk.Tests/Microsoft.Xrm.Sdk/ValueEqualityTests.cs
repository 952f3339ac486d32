using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk;

/// <summary>Equality of the small value types: <see cref="Money"/>, <see cref="OptionSetValue"/>, <see cref="EntityReference"/>, <see cref="Relationship"/>.</summary>
public class ValueEqualityTests
{
    [Fact]
    public void MoneyEquals_SameAndDifferentValue_ComparesValue()
    {
        Assert.Equal(new Money(10m), new Money(10.0m));
        Assert.Equal(new Money(10m).GetHashCode(), new Money(10.0m).GetHashCode());
        Assert.NotEqual(new Money(10m), new Money(11m));
        Assert.False(new Money(10m).Equals(null));
    }

    [Fact]
    public void OptionSetValueEquals_SameAndDifferentValue_ComparesValue()
    {
        Assert.Equal(new OptionSetValue(3), new OptionSetValue(3));
        Assert.Equal(new OptionSetValue(3).GetHashCode(), new OptionSetValue(3).GetHashCode());
        Assert.NotEqual(new OptionSetValue(3), new OptionSetValue(4));
    }

    [Fact]
    public void EntityReferenceEquals_SameLogicalNameAndId_IsEqualWhateverTheName()
    {
        Guid id = Guid.NewGuid();
        var a = new EntityReference("account", id) { Name = "A" };
        var b = new EntityReference("account", id) { Name = "B" };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new EntityReference("contact", id));
        Assert.NotEqual(a, new EntityReference("account", Guid.NewGuid()));
    }

    [Fact]
    public void RelationshipEquals_SameSchemaNameAndRole_IsEqual()
    {
        Assert.Equal(new Relationship("account_contacts"), new Relationship("account_contacts"));
        Assert.NotEqual(
            new Relationship("account_parent") { PrimaryEntityRole = EntityRole.Referenced },
            new Relationship("account_parent") { PrimaryEntityRole = EntityRole.Referencing });
        Assert.Equal("account_contacts", new Relationship("account_contacts").ToString());
    }
}
