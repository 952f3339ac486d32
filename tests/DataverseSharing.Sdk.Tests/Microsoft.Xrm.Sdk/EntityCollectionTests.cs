using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk;

public class EntityCollectionTests
{
    [Fact]
    public void Constructor_FromList_CopiesEntitiesInOrder()
    {
        var first = new Entity("account");
        var second = new Entity("account");

        var collection = new EntityCollection(new List<Entity> { first, second });

        Assert.Same(first, collection[0]);
        Assert.Same(second, collection.Entities[1]);
    }

    [Fact]
    public void Indexer_Set_ReplacesTheEntity()
    {
        var collection = new EntityCollection(new[] { new Entity("account") });
        var replacement = new Entity("contact");

        collection[0] = replacement;

        Assert.Same(replacement, Assert.Single(collection.Entities));
    }

    [Fact]
    public void Defaults_NewCollection_IsEmptyWithoutMoreRecords()
    {
        var collection = new EntityCollection();

        Assert.Empty(collection.Entities);
        Assert.False(collection.MoreRecords);
        Assert.Null(collection.PagingCookie);
    }
}
