namespace DataverseSharing.Plugins.Tests.Deployment;

public sealed class OfficialMemberIndexTests
{
    private static readonly OfficialMemberIndex Index = new(
        new[] { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy" }.Select(a => Path.Combine(AppContext.BaseDirectory, "OfficialApi", a + ".api.txt")));

    [Theory]
    [InlineData("Microsoft.Xrm.Sdk.DataCollection<!0,!1>::get_Item(!0) : !1")]
    [InlineData("Microsoft.Xrm.Sdk.DataCollection<!0,!1>::set_Item(!0, !1) : System.Void")]
    [InlineData("Microsoft.Xrm.Sdk.DataCollection<!0,!1>::TryGetValue(!0, ref !1) : System.Boolean")]
    [InlineData("Microsoft.Xrm.Sdk.Entity::GetAttributeValue``1(System.String) : !!0")]
    [InlineData("Microsoft.Xrm.Sdk.Entity::get_Item(System.String) : System.Object")]
    [InlineData("Microsoft.Xrm.Sdk.IOrganizationServiceFactory::CreateOrganizationService(System.Nullable<System.Guid>) : Microsoft.Xrm.Sdk.IOrganizationService")]
    [InlineData("Microsoft.Xrm.Sdk.InvalidPluginExecutionException::.ctor(Microsoft.Xrm.Sdk.OperationStatus, System.Int32, System.String) : System.Void")]
    [InlineData("Microsoft.Xrm.Sdk.IExecutionContext::get_Depth() : System.Int32")]
    public void HasMember_OfficialMember_True(string key)
    {
        Assert.True(Index.HasMember(key), key);
    }

    [Theory]
    [InlineData("Microsoft.Xrm.Sdk.Entity::get_Item(System.Int32) : System.Object")]
    [InlineData("Microsoft.Xrm.Sdk.IExecutionContext::set_Depth(System.Int32) : System.Void")]
    [InlineData("Microsoft.Xrm.Sdk.IOrganizationServiceFactory::CreateOrganizationService(System.Guid) : Microsoft.Xrm.Sdk.IOrganizationService")]
    [InlineData("Microsoft.Xrm.Sdk.InvalidPluginExecutionException::.ctor(System.Int32) : System.Void")]
    public void HasMember_WrongSignature_False(string key)
    {
        Assert.False(Index.HasMember(key), key);
    }

    [Fact]
    public void HasType_OfficialAndUnknownTypes_Distinguished()
    {
        Assert.True(Index.HasType("Microsoft.Xrm.Sdk.IPluginExecutionContext"));
        Assert.True(Index.HasType("Microsoft.Xrm.Sdk.DataCollection"));
        Assert.False(Index.HasType("Microsoft.Xrm.Sdk.PluginBase"));
    }
}
