using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk;

public class EntityTests
{
    private static readonly Guid AccountId = new("8d0f3c2e-5b1a-4c3e-9f60-2a7d4e1b9c01");

    [Fact]
    public void Indexer_MissingAttribute_ThrowsKeyNotFoundNamingTheAttribute()
    {
        var entity = new Entity("account");

        var error = Assert.Throws<KeyNotFoundException>(() => entity["revenue"]);

        Assert.Contains("revenue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_SetTwice_AddsThenReplaces()
    {
        var entity = new Entity("account") { ["name"] = "A" };

        entity["name"] = "B";

        Assert.Equal("B", entity["name"]);
        Assert.Single(entity.Attributes);
    }

    [Fact]
    public void GetAttributeValue_MissingOrNull_ReturnsDefault()
    {
        var entity = new Entity("account") { ["description"] = null };

        Assert.Null(entity.GetAttributeValue<string>("name"));
        Assert.Null(entity.GetAttributeValue<string>("description"));
        Assert.Equal(0, entity.GetAttributeValue<int>("numberofemployees"));
        Assert.Null(entity.GetAttributeValue<int?>("numberofemployees"));
        Assert.Equal(Guid.Empty, entity.GetAttributeValue<Guid>("accountid"));
    }

    [Fact]
    public void GetAttributeValue_PresentValue_ReturnsIt()
    {
        var owner = new EntityReference("systemuser", Guid.NewGuid());
        var entity = new Entity("account") { ["ownerid"] = owner, ["numberofemployees"] = 12 };

        Assert.Same(owner, entity.GetAttributeValue<EntityReference>("ownerid"));
        Assert.Equal(12, entity.GetAttributeValue<int>("numberofemployees"));
        Assert.Equal(12, entity.GetAttributeValue<int?>("numberofemployees"));
    }

    [Fact]
    public void GetAttributeValue_ValueOfAnotherType_ThrowsInvalidCast()
    {
        var entity = new Entity("account") { ["name"] = "Contoso" };

        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<EntityReference>("name"));
    }

    [Fact]
    public void TryGetAttributeValue_PresentAndMissing_ReportsPresence()
    {
        var entity = new Entity("account") { ["name"] = "Contoso" };

        Assert.True(entity.TryGetAttributeValue("name", out string? name));
        Assert.Equal("Contoso", name);
        Assert.False(entity.TryGetAttributeValue("revenue", out Money? revenue));
        Assert.Null(revenue);
    }

    [Fact]
    public void Contains_NullValuedAttribute_IsTrue()
    {
        var entity = new Entity("account") { ["description"] = null };

        Assert.True(entity.Contains("description"));
        Assert.False(entity.Contains("name"));
    }

    [Fact]
    public void SetAttributeValue_ThenIndexer_ReturnsTheValue()
    {
        var entity = new Entity("account");

        entity.SetAttributeValue("name", "Contoso");

        Assert.Equal("Contoso", entity["name"]);
    }

    [Fact]
    public void ToEntityReference_EntityWithIdAndKeys_CopiesLogicalNameIdAndKeys()
    {
        var entity = new Entity("account", AccountId);
        entity.KeyAttributes["accountnumber"] = "A-1";

        EntityReference reference = entity.ToEntityReference();

        Assert.Equal(("account", AccountId), (reference.LogicalName, reference.Id));
        Assert.Equal("A-1", reference.KeyAttributes["accountnumber"]);
    }

    [Fact]
    public void Constructors_NameIdAndKey_SetLogicalNameIdAndKeyAttributes()
    {
        Assert.Equal("account", new Entity("account").LogicalName);
        Assert.Equal(AccountId, new Entity("account", AccountId).Id);
        Assert.Equal("A-1", new Entity("account", "accountnumber", "A-1").KeyAttributes["accountnumber"]);
        var keys = new KeyAttributeCollection { { "accountnumber", "A-2" } };
        Assert.Same(keys, new Entity("account", keys).KeyAttributes);
    }

    [Fact]
    public void ToEntity_DerivedType_CopiesNameIdAndAttributes()
    {
        var entity = new Entity("account", AccountId) { ["name"] = "Contoso" };

        Account account = entity.ToEntity<Account>();

        Assert.Equal(("account", AccountId, "Contoso"), (account.LogicalName, account.Id, account["name"]));
    }

    [Fact]
    public void GetFormattedAttributeValue_PresentAndMissing_ReturnsLabelOrEmpty()
    {
        var entity = new Entity("account");
        entity.FormattedValues["industrycode"] = "Consulting";

        Assert.Equal("Consulting", entity.GetFormattedAttributeValue("industrycode"));
        Assert.Equal(string.Empty, entity.GetFormattedAttributeValue("statecode"));
    }

    private sealed class Account : Entity
    {
        public Account()
            : base("account")
        {
        }
    }
}
