using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk;

public class DataCollectionOfTKeyTValueTests
{
    [Fact]
    public void Add_DuplicateKey_ThrowsArgumentException()
    {
        var parameters = new ParameterCollection { { "Target", 1 } };

        Assert.Throws<ArgumentException>(() => parameters.Add("Target", 2));
        Assert.Throws<ArgumentException>(() => parameters.Add(new KeyValuePair<string, object?>("Target", 3)));
    }

    [Fact]
    public void Indexer_Set_AddsOrReplaces()
    {
        var parameters = new ParameterCollection();

        parameters["a"] = 1;
        parameters["a"] = 2;
        parameters["b"] = 3;

        Assert.Equal(2, parameters.Count);
        Assert.Equal(2, parameters["a"]);
    }

    [Fact]
    public void TryGetValue_PresentAndMissing_ReportsPresence()
    {
        var parameters = new ParameterCollection { { "a", 1 } };

        Assert.True(parameters.TryGetValue("a", out object? found));
        Assert.Equal(1, found);
        Assert.False(parameters.TryGetValue("b", out object? missing));
        Assert.Null(missing);
    }

    [Fact]
    public void Remove_ByKeyAndByPair_RemovesOnlyMatches()
    {
        var parameters = new ParameterCollection { { "a", 1 }, { "b", 2 } };

        Assert.True(parameters.Remove("a"));
        Assert.False(parameters.Remove("a"));
        Assert.False(parameters.Remove(new KeyValuePair<string, object?>("b", 99)));
        Assert.True(parameters.Remove(new KeyValuePair<string, object?>("b", 2)));
        Assert.Equal(0, parameters.Count);
    }

    [Fact]
    public void KeysValuesAndContains_AfterAdds_ReflectTheEntries()
    {
        var formatted = new FormattedValueCollection { { "statecode", "Active" }, { "industrycode", "Consulting" } };

        Assert.Equal(new[] { "industrycode", "statecode" }, formatted.Keys.Order());
        Assert.Equal(new[] { "Active", "Consulting" }, formatted.Values.Order());
        Assert.True(formatted.ContainsKey("statecode"));
        Assert.True(formatted.Contains("statecode"));
        Assert.True(formatted.Contains(new KeyValuePair<string, string>("statecode", "Active")));
        Assert.False(formatted.Contains(new KeyValuePair<string, string>("statecode", "Inactive")));
        Assert.False(formatted.IsReadOnly);
    }

    [Fact]
    public void Constructor_FromDictionary_CopiesEntries()
    {
        var source = new Dictionary<string, object?> { ["name"] = "Contoso" };

        var attributes = new AttributeCollection(source);
        source["name"] = "changed";

        Assert.Equal("Contoso", attributes["name"]);
    }

    [Fact]
    public void AddRangeCopyToAndClear_Pairs_BehaveAsACollection()
    {
        var images = new EntityImageCollection();
        images.AddRange(
            new KeyValuePair<string, Entity>("pre", new Entity("account")),
            new KeyValuePair<string, Entity>("post", new Entity("account")));
        var copy = new KeyValuePair<string, Entity>[3];

        images.CopyTo(copy, 1);
        images.Clear();

        Assert.Equal(new[] { "post", "pre" }, copy.Skip(1).Select(p => p.Key).Order());
        Assert.Equal(0, images.Count);
    }

    [Fact]
    public void GetEnumerator_Entries_EnumeratesEveryPair()
    {
        var keys = new KeyAttributeCollection { { "a", 1 }, { "b", 2 } };

        Assert.Equal(3, keys.Sum(p => (int)p.Value!));
    }
}
