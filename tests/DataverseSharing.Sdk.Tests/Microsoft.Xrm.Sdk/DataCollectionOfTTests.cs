using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk;

public class DataCollectionOfTTests
{
    [Fact]
    public void AddRange_ArrayAndEnumerable_AppendsInOrder()
    {
        var references = new EntityReferenceCollection();
        var a = new EntityReference("account", Guid.NewGuid());
        var b = new EntityReference("contact", Guid.NewGuid());
        var c = new EntityReference("lead", Guid.NewGuid());

        references.AddRange(a, b);
        references.AddRange(new List<EntityReference> { c });

        Assert.Equal(new[] { a, b, c }, references.ToArray());
    }

    [Fact]
    public void Constructor_FromList_CopiesItems()
    {
        var list = new List<OptionSetValue> { new(1) };

        var values = new OptionSetValueCollection(list);
        list.Add(new OptionSetValue(2));

        Assert.Equal(new OptionSetValue(1), Assert.Single(values));
    }
}
